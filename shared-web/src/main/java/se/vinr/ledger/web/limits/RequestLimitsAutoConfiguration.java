package se.vinr.ledger.web.limits;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/** The request body limit of both services ({@code vinr.web.max-request-bytes}, 1 MiB by default). */
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
}
