package se.vinr.ledger.web.limits;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * What both services refuse before any work is done for a request: bodies over {@code vinr.web.max-request-bytes}
 * (1 MiB by default) and headers sent twice that must be sent once.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class RequestLimitsAutoConfiguration {

    @Bean
    FilterRegistrationBean<RequestSizeLimit> vinrRequestSizeLimit(
            @Value("${vinr.web.max-request-bytes:1048576}") long maxBytes) {
        FilterRegistrationBean<RequestSizeLimit> registration = new FilterRegistrationBean<>(
                new RequestSizeLimit(maxBytes));
        // ahead of authentication: a huge body is refused before any work is done for it
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<SingleValuedHeaders> vinrSingleValuedHeaders() {
        FilterRegistrationBean<SingleValuedHeaders> registration = new FilterRegistrationBean<>(
                new SingleValuedHeaders());
        // ahead of authentication too: two Authorization headers are one request with two callers
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }
}
