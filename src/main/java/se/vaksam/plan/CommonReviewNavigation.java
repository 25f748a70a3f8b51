package se.vaksam.plan;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.vaksam.shared.NavigationEntry;

/** Kommungemensamma granskningsområden and the follow-ups in the main navigation. */
@Configuration(proxyBeanMethods = false)
class CommonReviewNavigation {

    @Bean
    NavigationEntry followUpNavigation() {
        return new NavigationEntry(315, "nav.followUps", "/follow-ups", NavigationEntry.Group.INTERNAL_CONTROL);
    }

    @Bean
    NavigationEntry commonReviewAreasNavigation() {
        return new NavigationEntry(320, "nav.commonReviewAreas", "/common-review-areas", NavigationEntry.Group.CHECKS);
    }
}
