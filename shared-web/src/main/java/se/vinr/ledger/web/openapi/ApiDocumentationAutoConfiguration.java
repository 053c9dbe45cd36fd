package se.vinr.ledger.web.openapi;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import se.vinr.ledger.web.security.VinrSecurityAutoConfiguration;
import se.vinr.ledger.web.security.VinrSecurityProperties;

/** The served OpenAPI description's common part (see {@link ApiDescription}), the same for every service. */
@AutoConfiguration(after = VinrSecurityAutoConfiguration.class)
@ConditionalOnClass(OpenApiCustomizer.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ApiDocumentationAutoConfiguration {

    @Bean
    OpenApiCustomizer vinrApiDescription(VinrSecurityProperties security) {
        return new ApiDescription(security.mode());
    }
}
