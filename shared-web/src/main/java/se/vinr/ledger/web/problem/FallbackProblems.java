package se.vinr.ledger.web.problem;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The shared error handling for a service that has no advice of its own for Spring MVC's refusals (405, 406, 415, a
 * mistyped parameter, an unknown path): the query service. Where the command side's advice is present (command
 * service, standalone jar) this stands back.
 */
// An auto-configuration that is itself the advice: the standalone jar scans all of se.vinr.ledger for components,
// and only auto-configurations are kept out of that scan, so only here does the condition decide.
@AutoConfiguration(before = WebMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnMissingBean(ResponseEntityExceptionHandler.class)
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class FallbackProblems extends ApiProblems {
}
