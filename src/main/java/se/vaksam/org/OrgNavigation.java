package se.vaksam.org;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.vaksam.shared.Capability;
import se.vaksam.shared.NavigationEntry;

/** The organisation's entries in the main navigation. */
@Configuration(proxyBeanMethods = false)
class OrgNavigation {

    @Bean
    NavigationEntry organisationNavigation() {
        return new NavigationEntry(100, "nav.org", "/org", NavigationEntry.Group.ORGANISATION);
    }

    @Bean
    NavigationEntry peopleNavigation() {
        return new NavigationEntry(110, "nav.people", "/people", NavigationEntry.Group.ORGANISATION);
    }

    /** Import and export is for system administrators and internal-control coordinators. */
    @Bean
    NavigationEntry transferNavigation() {
        return new NavigationEntry(800, "nav.orgTransfer", "/org/transfer", NavigationEntry.Group.ADMINISTRATION, Capability.ADMINISTER_ORGANISATION);
    }
}
