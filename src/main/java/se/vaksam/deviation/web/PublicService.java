package se.vaksam.deviation.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the public e-service presents the municipality ({@code vaksam.deviation.public.service.*}): its name and
 * logo in the header, the administration that answers, the phone number for what cannot wait, the expected
 * answer time on the receipt, and the contact and date of the accessibility statement
 * (<em>tillgänglighetsredogörelse</em>). The demo values are in {@code application.properties}.
 *
 * @param municipality the municipality's name, e.g. "Malmö stad"
 * @param administration the administration that handles the submissions
 * @param logo path or URL of the logo (shown with the municipality's name as its text alternative)
 * @param phone the phone number of the social services (or the municipality's contact centre)
 * @param phoneHours when the phone is answered, in words
 * @param answerDays within how many working days someone who left contact details hears from the administration
 * @param accessibilityEmail where to report accessibility problems
 * @param accessibilityAssessedOn when the e-service was last assessed for accessibility (ÅÅÅÅ-MM-DD)
 */
@ConfigurationProperties("vaksam.deviation.public.service")
record PublicService(String municipality, String administration, String logo, String phone, String phoneHours,
        int answerDays, String accessibilityEmail, String accessibilityAssessedOn) {
}
