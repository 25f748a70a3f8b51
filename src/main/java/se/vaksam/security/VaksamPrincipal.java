package se.vaksam.security;

import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Finds the Vaksam username and, for OIDC identities, the token claims behind any kind of
 * authentication (form login, OIDC login, OIDC bearer JWT, personal API token). OIDC logins and
 * JWTs are built with the configured username claim as their name.
 */
final class VaksamPrincipal {

    private VaksamPrincipal() {
    }

    static String usernameOf(Authentication auth) {
        return auth.getName();
    }

    /** The OIDC claims of the authentication, or null when it is not an OIDC identity. */
    static Map<String, Object> claimsOf(Authentication auth) {
        Object principal = auth.getPrincipal();
        if (principal instanceof OidcUser oidc) {
            return oidc.getClaims();
        }
        if (principal instanceof Jwt jwt) {
            return jwt.getClaims();
        }
        return null;
    }
}
