package se.vaksam.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.vaksam.shared.Capability;
import se.vaksam.shared.NavigationEntry;

/** The security module's entries in the main navigation. */
@Configuration(proxyBeanMethods = false)
class SecurityNavigation {

    @Bean
    NavigationEntry accountNavigation() {
        return new NavigationEntry(950, "nav.account", "/account", NavigationEntry.Group.ACCOUNT);
    }

    @Bean
    NavigationEntry accessLogNavigation() {
        return new NavigationEntry(960, "nav.accessLog", "/admin/access-log", NavigationEntry.Group.ADMINISTRATION, Capability.READ_ACCESS_LOG);
    }

    @Bean
    NavigationEntry accountsNavigation() {
        return new NavigationEntry(970, "nav.accounts", "/admin/accounts", NavigationEntry.Group.ADMINISTRATION, Capability.ADMINISTER_SYSTEM);
    }
}
