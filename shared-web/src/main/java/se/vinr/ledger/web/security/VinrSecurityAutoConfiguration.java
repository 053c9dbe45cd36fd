package se.vinr.ledger.web.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Authentication and the per-municipality roles, the same for the command service, the query service and the
 * standalone jar: everything under {@code /api} needs a caller, who is then checked against the endpoint's
 * {@link Access} rule; health, the OpenAPI description and its UI are open, the other actuator endpoints
 * (metrics) are for ADMIN.
 */
// Before Boot's own security set-ups, which stand back once a filter chain exists (the JWT decoder is still theirs).
@AutoConfiguration(before = {SecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class,
        ManagementWebSecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(VinrSecurityProperties.class)
public class VinrSecurityAutoConfiguration {

    @Bean
    SecurityFilterChain vinrSecurityFilterChain(HttpSecurity http, VinrSecurityProperties properties,
                                                Environment environment,
                                                ObjectProvider<JwtDecoder> jwtDecoder) throws Exception {
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/**").authenticated()
                        // probes answer anyone (details only for ADMIN, see management.endpoint.health.roles);
                        // metrics and every other actuator endpoint are for ADMIN
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class, InfoEndpoint.class)).permitAll()
                        .requestMatchers(EndpointRequest.toAnyEndpoint()).access((authentication, context) ->
                                new AuthorizationDecision(Grants.of(authentication.get()).allowsSomewhere(Role.ADMIN)))
                        .anyRequest().permitAll());
        if (properties.mode() == VinrSecurityProperties.Mode.JWT) {
            if (jwtDecoder.getIfAvailable() == null) {
                throw new IllegalStateException("vinr.security.mode=jwt needs the token issuer: set "
                        + "spring.security.oauth2.resourceserver.jwt.issuer-uri or .jwk-set-uri (or .public-key-location)");
            }
            SecurityProblems problems = new SecurityProblems("Bearer");
            http.oauth2ResourceServer(server -> server
                            .jwt(jwt -> jwt.jwtAuthenticationConverter(new JwtGrants(properties.jwt())))
                            .authenticationEntryPoint(problems)
                            .accessDeniedHandler(problems))
                    .exceptionHandling(handling -> handling.authenticationEntryPoint(problems)
                            .accessDeniedHandler(problems));
        } else {
            SecurityProblems problems = new SecurityProblems("Basic realm=\"VINR Ledger\", charset=\"UTF-8\"");
            PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
            DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(ConfiguredUsers.of(properties,
                    adminPassword(properties, environment), encoder));
            passwords.setPasswordEncoder(encoder);
            http.authenticationManager(new ProviderManager(new VerifiedCredentialsCache(passwords)))
                    .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                    .exceptionHandling(handling -> handling.authenticationEntryPoint(problems)
                            .accessDeniedHandler(problems));
        }
        return http.build();
    }

    /** Spring Security's firewall answers through this bean when it rejects a request. */
    @Bean
    RequestRejectedHandler vinrRequestRejectedHandler() {
        return new SecurityProblems("Basic");
    }

    private static String adminPassword(VinrSecurityProperties properties, Environment environment) {
        return properties.adminPassword() != null && !properties.adminPassword().isBlank()
                ? properties.adminPassword() : environment.getProperty("VINR_ADMIN_PASSWORD");
    }

    @Bean
    WebMvcConfigurer vinrAccessRules() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                // Before any other interceptor: a caller without the role learns nothing else about the request.
                registry.addInterceptor(new AccessInterceptor()).order(Ordered.HIGHEST_PRECEDENCE);
            }
        };
    }
}
