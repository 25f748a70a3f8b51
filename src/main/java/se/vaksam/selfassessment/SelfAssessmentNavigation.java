package se.vaksam.selfassessment;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.vaksam.shared.NavigationEntry;

/** Självskattning in the main navigation. */
@Configuration(proxyBeanMethods = false)
class SelfAssessmentNavigation {

    @Bean
    NavigationEntry selfAssessmentEntry() {
        return new NavigationEntry(400, "nav.selfAssessment", "/self-assessments", NavigationEntry.Group.QUALITY);
    }
}
