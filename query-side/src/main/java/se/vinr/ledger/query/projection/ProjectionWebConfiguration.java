package se.vinr.ledger.query.projection;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class ProjectionWebConfiguration implements WebMvcConfigurer {

    private final RebuildGuard rebuildGuard;

    ProjectionWebConfiguration(RebuildGuard rebuildGuard) {
        this.rebuildGuard = rebuildGuard;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(rebuildGuard);
    }
}
