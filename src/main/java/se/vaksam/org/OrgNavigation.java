package se.vaksam.org;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.vaksam.shared.NavigationEntry;

/** The organisation's entries in the main navigation. */
@Configuration(proxyBeanMethods = false)
class OrgNavigation {

    /** Import and export is for administrators and internal-control coordinators (admins see all). */
    static final String TRANSFER_ROLE = PlacementRole.INTERNAL_CONTROL_COORDINATOR.name();

    @Bean
    NavigationEntry organisationNavigation() {
        return new NavigationEntry(100, "nav.org", "/org", null);
    }

    @Bean
    NavigationEntry peopleNavigation() {
        return new NavigationEntry(110, "nav.people", "/people", null);
    }

    @Bean
    NavigationEntry transferNavigation() {
        return new NavigationEntry(800, "nav.orgTransfer", "/org/transfer", TRANSFER_ROLE);
    }
}
