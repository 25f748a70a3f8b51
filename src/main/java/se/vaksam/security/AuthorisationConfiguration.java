package se.vaksam.security;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import se.vaksam.shared.Authorisation;

/**
 * Puts the authorisation model in front of every handler, pages and API alike, and names each API operation's
 * capability in the OpenAPI document ({@value #CAPABILITY_EXTENSION}).
 */
@Configuration(proxyBeanMethods = false)
class AuthorisationConfiguration implements WebMvcConfigurer {

    static final String CAPABILITY_EXTENSION = "x-vaksam-capability";

    private final Authorisation authorisation;

    AuthorisationConfiguration(Authorisation authorisation) {
        this.authorisation = authorisation;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AuthorisationInterceptor(authorisation));
    }

    @Bean
    OperationCustomizer capabilityInOpenApi() {
        return (operation, handler) -> {
            AuthorisationInterceptor.declared(handler)
                    .ifPresent(capability -> operation.addExtension(CAPABILITY_EXTENSION, capability.name()));
            return operation;
        };
    }
}
