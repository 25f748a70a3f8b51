package se.vaksam.imports;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.vaksam.shared.Capability;
import se.vaksam.shared.NavigationEntry;

/** The import of historical records in the main navigation, for the system administrator. */
@Configuration(proxyBeanMethods = false)
class ImportNavigation {

    @Bean
    NavigationEntry historyImportNavigation() {
        return new NavigationEntry(820, "nav.imports", "/imports", NavigationEntry.Group.ADMINISTRATION,
                Capability.ADMINISTER_SYSTEM);
    }
}
