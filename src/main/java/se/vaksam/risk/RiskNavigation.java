package se.vaksam.risk;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.vaksam.shared.NavigationEntry;

/** The risk module's entries in the main navigation. */
@Configuration(proxyBeanMethods = false)
class RiskNavigation {

    @Bean
    NavigationEntry riskRegisterNavigation() {
        return new NavigationEntry(200, "nav.risks", "/risks", NavigationEntry.Group.INTERNAL_CONTROL);
    }

    @Bean
    NavigationEntry riskAnalysisNavigation() {
        return new NavigationEntry(210, "nav.riskAnalyses", "/risk-analyses", NavigationEntry.Group.INTERNAL_CONTROL);
    }

    @Bean
    NavigationEntry riskMatrixNavigation() {
        return new NavigationEntry(220, "nav.riskMatrices", "/risk-matrices", NavigationEntry.Group.INTERNAL_CONTROL);
    }
}
