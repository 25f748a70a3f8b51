package se.vaksam.security;

import java.util.List;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The roles at units of the person behind the current request (none when anonymous). */
@Component
class CurrentGrants {

    private final Grants grants;

    CurrentGrants(Grants grants) {
        this.grants = grants;
    }

    List<Grant> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return List.of();
        }
        return grants.of(VaksamPrincipal.usernameOf(auth), VaksamPrincipal.claimsOf(auth));
    }
}
