package se.vaksam.plan;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.vaksam.shared.NavigationEntry;

/** The plan module's entries in the main navigation. */
@Configuration(proxyBeanMethods = false)
class PlanNavigation {

    @Bean
    NavigationEntry planListNavigation() {
        return new NavigationEntry(300, "nav.plans", "/plans", NavigationEntry.Group.INTERNAL_CONTROL);
    }

    @Bean
    NavigationEntry improvementActionNavigation() {
        return new NavigationEntry(310, "nav.improvementActions", "/improvement-actions", NavigationEntry.Group.INTERNAL_CONTROL);
    }
}
