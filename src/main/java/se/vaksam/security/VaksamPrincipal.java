package se.vaksam.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;

/** Finds the Vaksam username behind any kind of authentication (form, OIDC, token). */
final class VaksamPrincipal {

    private VaksamPrincipal() {
    }

    static String usernameOf(Authentication auth) {
        Object principal = auth.getPrincipal();
        if (principal instanceof OidcUser oidc && oidc.getPreferredUsername() != null) {
            return oidc.getPreferredUsername();
        }
        if (principal instanceof Jwt jwt && jwt.getClaimAsString("preferred_username") != null) {
            return jwt.getClaimAsString("preferred_username");
        }
        return auth.getName();
    }
}
