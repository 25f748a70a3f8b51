package se.vaksam.security;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How Vaksam reads an OIDC identity (login or bearer JWT) from the organisation's identity
 * provider.
 *
 * @param usernameClaim the claim that holds the Vaksam username (default {@code preferred_username})
 * @param rolesClaim if set, roles come from this claim instead of Vaksam's own placements; a
 *        dotted path reaches into nested claims, e.g. {@code realm_access.roles}
 * @param roleMapping claim value to {@link Role} name; values without a mapping are taken as
 *        role names themselves, unknown values are ignored and logged
 * @param unitsClaim if set (and present in the token), the units where the claimed roles apply,
 *        as unit codes; otherwise the units of the person's valid placements
 */
@ConfigurationProperties("vaksam.oidc")
record OidcProperties(String usernameClaim, String rolesClaim, Map<String, String> roleMapping, String unitsClaim) {

    OidcProperties {
        usernameClaim = usernameClaim == null || usernameClaim.isBlank() ? "preferred_username" : usernameClaim;
        rolesClaim = rolesClaim == null || rolesClaim.isBlank() ? null : rolesClaim;
        unitsClaim = unitsClaim == null || unitsClaim.isBlank() ? null : unitsClaim;
        roleMapping = roleMapping == null ? Map.of() : Map.copyOf(roleMapping);
    }

    static OidcProperties defaults() {
        return new OidcProperties(null, null, null, null);
    }
}
