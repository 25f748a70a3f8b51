package se.vaksam.check;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.vaksam.shared.NavigationEntry;

/** The check module's entries in the main navigation: the checks and the annual wheel. */
@Configuration(proxyBeanMethods = false)
class CheckNavigation {

    @Bean
    NavigationEntry checksNavigationEntry() {
        return new NavigationEntry(400, "nav.checks", "/checks", NavigationEntry.Group.CHECKS);
    }

    @Bean
    NavigationEntry wheelNavigationEntry() {
        return new NavigationEntry(410, "nav.wheel", "/recurring-duties", NavigationEntry.Group.CHECKS);
    }
}
