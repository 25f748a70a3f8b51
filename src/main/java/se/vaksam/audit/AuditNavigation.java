package se.vaksam.audit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.vaksam.shared.NavigationEntry;

/** Revisionsgranskningar in the main navigation. */
@Configuration(proxyBeanMethods = false)
class AuditNavigation {

    @Bean
    NavigationEntry auditsEntry() {
        return new NavigationEntry(500, "nav.audits", "/audits", NavigationEntry.Group.CHECKS);
    }
}
