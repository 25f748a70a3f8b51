package se.vaksam.security;

import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * The sessions of the people signed in to the pages, so that disabling an account also ends
 * the sessions it already has: their next request leads to the login page.
 */
@Component
class SignedInSessions {

    private final SessionRegistry registry;

    SignedInSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    void endAllOf(String username) {
        for (Object principal : registry.getAllPrincipals()) {
            if (username.equals(nameOf(principal))) {
                registry.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
            }
        }
    }

    private static String nameOf(Object principal) {
        if (principal instanceof UserDetails user) {
            return user.getUsername();
        }
        if (principal instanceof AuthenticatedPrincipal authenticated) {
            return authenticated.getName();
        }
        return String.valueOf(principal);
    }
}
