package se.vaksam.governance;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.vaksam.shared.NavigationEntry;

/** Styrdokument in the main navigation. */
@Configuration(proxyBeanMethods = false)
class GovernanceNavigation {

    @Bean
    NavigationEntry governingDocumentsEntry() {
        return new NavigationEntry(520, "nav.governingDocuments", "/governing-documents", NavigationEntry.Group.QUALITY);
    }
}
