package se.vaksam.report;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.vaksam.shared.NavigationEntry;

/** The report module's entry in the main navigation. */
@Configuration(proxyBeanMethods = false)
class ReportNavigation {

    @Bean
    NavigationEntry reportsNavigationEntry() {
        return new NavigationEntry(330, "nav.reports", "/reports", NavigationEntry.Group.INTERNAL_CONTROL);
    }
}
