package se.vaksam.survey;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.vaksam.shared.NavigationEntry;

/** The survey module's entry in the main navigation, under Kontroller. */
@Configuration(proxyBeanMethods = false)
class SurveyNavigation {

    @Bean
    NavigationEntry surveysNavigationEntry() {
        return new NavigationEntry(420, "nav.surveys", "/surveys", NavigationEntry.Group.CHECKS);
    }
}
