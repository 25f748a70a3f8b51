package se.vaksam.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import se.vaksam.shared.Access;

/** Puts the authorisation model in front of every handler, pages and API alike. */
@Configuration(proxyBeanMethods = false)
class AuthorisationConfiguration implements WebMvcConfigurer {

    private final Access access;

    AuthorisationConfiguration(Access access) {
        this.access = access;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AuthorisationInterceptor(access));
    }
}
