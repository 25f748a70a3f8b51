package se.vaksam.security;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security headers on every response, pages and API alike. The Content-Security-Policy allows
 * scripts only from Vaksam itself (no inline script, no eval: htmx is told so in the layout's
 * {@code htmx-config}), no plugins, no framing, forms only to Vaksam and the identity provider (signing
 * out at the identity provider redirects a form's POST there). Styles may be inline: a risk's band colour
 * is a configurable colour written on the element, and generated HTML documents carry their stylesheet.
 */
final class ResponseHeaders {

    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), bluetooth=(), midi=(), display-capture=(), fullscreen=(self)";

    private ResponseHeaders() {
    }

    static void apply(HttpSecurity http, List<String> identityProviders) throws Exception {
        String policy = policy(identityProviders);
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS)));
    }

    static String policy(List<String> identityProviders) {
        String formAction = String.join(" ", concat("'self'", identityProviders));
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
                + "form-action " + formAction;
    }

    /** The origins of the identity providers' endpoints a signed-in browser is sent to (login, logout). */
    static List<String> identityProviders(ClientRegistrationRepository repository) {
        Set<String> origins = new LinkedHashSet<>();
        if (repository instanceof Iterable<?> registrations) {
            for (Object each : registrations) {
                if (each instanceof ClientRegistration registration) {
                    ClientRegistration.ProviderDetails provider = registration.getProviderDetails();
                    origin(provider.getAuthorizationUri()).ifPresent(origins::add);
                    origin(provider.getIssuerUri()).ifPresent(origins::add);
                    Object endSession = provider.getConfigurationMetadata().get("end_session_endpoint");
                    origin(endSession == null ? null : endSession.toString()).ifPresent(origins::add);
                }
            }
        }
        return List.copyOf(origins);
    }

    private static java.util.Optional<String> origin(String uri) {
        if (uri == null || uri.isBlank()) {
            return java.util.Optional.empty();
        }
        URI parsed = URI.create(uri);
        if (parsed.getScheme() == null || parsed.getHost() == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(parsed.getScheme() + "://" + parsed.getHost()
                + (parsed.getPort() == -1 ? "" : ":" + parsed.getPort()));
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
