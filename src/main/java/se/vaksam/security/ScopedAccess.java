package se.vaksam.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import se.vaksam.shared.Access;
import se.vaksam.shared.AccessScope;
import se.vaksam.shared.Authorisation;
import se.vaksam.shared.Capability;

/** {@link Access} and {@link Authorisation} for the current request's authenticated person, computed once per request. */
@Component
class ScopedAccess implements Access, Authorisation {

    private static final String CACHE = ScopedAccess.class.getName() + ".scope";

    private final ScopeCalculator calculator;
    private final Grants grants;

    ScopedAccess(ScopeCalculator calculator, Grants grants) {
        this.calculator = calculator;
        this.grants = grants;
    }

    @Override
    public boolean permits(Capability capability) {
        return AuthorisationModel.permits(signedIn(SecurityContextHolder.getContext().getAuthentication()), current(),
                capability);
    }

    private static boolean signedIn(Authentication auth) {
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }

    @Override
    public AccessScope current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (!signedIn(auth)) {
            return AccessScope.anonymous();
        }
        String username = VaksamPrincipal.usernameOf(auth);
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST) instanceof AccessScope cached
                && cached.username().equals(username)) {
            return cached;
        }
        AccessScope scope = calculator.scopeOf(username, grants.of(username, VaksamPrincipal.claimsOf(auth)));
        if (request != null) {
            request.setAttribute(CACHE, scope, RequestAttributes.SCOPE_REQUEST);
        }
        return scope;
    }
}
