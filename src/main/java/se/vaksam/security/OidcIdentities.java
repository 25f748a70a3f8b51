package se.vaksam.security;

import java.util.List;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.stereotype.Component;
import se.vaksam.org.OrgQuery;

/**
 * Matches an OIDC identity (from a login or a bearer JWT) to a Vaksam person by the configured
 * username claim, and gives it the authorities of its grants. An identity without a person in
 * Vaksam is refused.
 */
@Component
class OidcIdentities {

    /** The OAuth2 error code for an identity that has no person in Vaksam. */
    static final String UNKNOWN_PERSON = "vaksam_unknown_person";

    private final OrgQuery org;
    private final Grants grants;
    private final OidcProperties properties;

    OidcIdentities(OrgQuery org, Grants grants, OidcProperties properties) {
        this.org = org;
        this.grants = grants;
        this.properties = properties;
    }

    String usernameClaim() {
        return properties.usernameClaim();
    }

    /** The Vaksam username in the claims; refuses claims that name no Vaksam person. */
    String usernameOf(Map<String, Object> claims) {
        Object value = claims.get(properties.usernameClaim());
        if (value == null || org.person(value.toString()).isEmpty()) {
            throw new OAuth2AuthenticationException(new OAuth2Error(UNKNOWN_PERSON,
                    "Ingen person i Vaksam för " + properties.usernameClaim() + "=" + value, null));
        }
        return value.toString();
    }

    List<GrantedAuthority> authoritiesOf(String username, Map<String, Object> claims) {
        return Grants.authorities(grants.of(username, claims));
    }
}
