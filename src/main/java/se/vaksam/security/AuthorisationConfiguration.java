package se.vaksam.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import se.vaksam.shared.Authorisation;

/** Puts the authorisation model in front of every handler, pages and API alike. */
@Configuration(proxyBeanMethods = false)
class AuthorisationConfiguration implements WebMvcConfigurer {

    private final Authorisation authorisation;

    AuthorisationConfiguration(Authorisation authorisation) {
        this.authorisation = authorisation;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AuthorisationInterceptor(authorisation));
    }
}
