package se.vaksam.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.vaksam.shared.NavigationEntry;

/** The security module's entries in the main navigation. */
@Configuration(proxyBeanMethods = false)
class SecurityNavigation {

    @Bean
    NavigationEntry accountNavigation() {
        return new NavigationEntry(950, "nav.account", "/account", null);
    }

    /** The coordinator sees it; the system administrator sees every entry. */
    @Bean
    NavigationEntry accessLogNavigation() {
        return new NavigationEntry(960, "nav.accessLog", "/admin/access-log", Role.INTERNAL_CONTROL_COORDINATOR.name());
    }

    /** Only the system administrator. */
    @Bean
    NavigationEntry accountsNavigation() {
        return new NavigationEntry(970, "nav.accounts", "/admin/accounts", Role.SYSTEM_ADMINISTRATOR.name());
    }
}
