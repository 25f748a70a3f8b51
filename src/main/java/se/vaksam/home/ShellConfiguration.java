package se.vaksam.home;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import se.vaksam.shared.NavigationEntry;

/** Swedish by default; {@code ?lang=en} switches to English and is remembered in a cookie. */
@Configuration(proxyBeanMethods = false)
class ShellConfiguration implements WebMvcConfigurer {

    static final Locale SWEDISH = Locale.forLanguageTag("sv");

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("vaksam-lang");
        resolver.setDefaultLocale(SWEDISH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
            @Override
            protected Locale parseLocaleValue(String value) {
                return "en".equalsIgnoreCase(value) ? Locale.ENGLISH : SWEDISH;
            }
        };
        interceptor.setParamName("lang");
        registry.addInterceptor(interceptor);
    }

    @Bean
    NavigationEntry homeNavigation() {
        return new NavigationEntry(0, "nav.home", "/", NavigationEntry.Group.START);
    }

    @Bean
    NavigationEntry apiNavigation() {
        return new NavigationEntry(900, "nav.api", "/swagger-ui.html", NavigationEntry.Group.ACCOUNT);
    }
}
