package se.vaksam.security;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import se.vaksam.org.OrgQuery;

/**
 * Which roles a person holds at which units. By default these are the person's placements in
 * Vaksam valid today; for an OIDC identity with {@code vaksam.oidc.roles-claim} set, they come
 * from the token's claims instead.
 */
@Component
class Grants {

    private static final Logger log = LoggerFactory.getLogger(Grants.class);

    private final OrgQuery org;
    private final Function<String, Optional<Long>> unitByCode;
    private final OidcProperties oidc;
    private final Clock clock;

    @Autowired
    Grants(OrgQuery org, OidcProperties oidc, Clock clock) {
        this(org, code -> org.unitByCode(code).map(OrgQuery.UnitView::id), oidc, clock);
    }

    Grants(OrgQuery org, Function<String, Optional<Long>> unitByCode, OidcProperties oidc, Clock clock) {
        this.org = org;
        this.unitByCode = unitByCode;
        this.oidc = oidc;
        this.clock = clock;
    }

    /** The grants of a person signed in locally or with a personal API token. */
    List<Grant> of(String username) {
        return of(username, null);
    }

    /** The grants of a person; {@code claims} are the OIDC token's claims, or null for other logins. */
    List<Grant> of(String username, Map<String, Object> claims) {
        List<Grant> placements = placementGrants(username);
        if (claims == null || oidc.rolesClaim() == null) {
            return placements;
        }
        Set<Role> roles = claimedRoles(claims);
        Set<Long> units = claimedUnits(claims);
        if (units.isEmpty()) {
            placements.forEach(grant -> units.add(grant.unitId()));
        }
        List<Grant> grants = new ArrayList<>();
        for (Role role : roles) {
            if (units.isEmpty() && role.read() == Role.Reach.ALL) {
                grants.add(new Grant(role, null));
            }
            units.forEach(unit -> grants.add(new Grant(role, unit)));
        }
        return grants;
    }

    static List<GrantedAuthority> authorities(Collection<Grant> grants) {
        return grants.stream().map(Grant::role).distinct()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
    }

    private List<Grant> placementGrants(String username) {
        List<Grant> grants = new ArrayList<>();
        for (OrgQuery.PlacementView placement : org.placementsOf(username, LocalDate.now(clock))) {
            Role.parse(placement.role()).ifPresent(role -> grants.add(new Grant(role, placement.unitId())));
        }
        return grants;
    }

    private Set<Role> claimedRoles(Map<String, Object> claims) {
        Set<Role> roles = new LinkedHashSet<>();
        for (String value : values(claims, oidc.rolesClaim())) {
            String name = oidc.roleMapping().getOrDefault(value, value);
            Optional<Role> role = Role.parse(name);
            if (role.isPresent()) {
                roles.add(role.get());
            } else {
                log.info("Unknown role '{}' in claim {} ignored", value, oidc.rolesClaim());
            }
        }
        return roles;
    }

    private Set<Long> claimedUnits(Map<String, Object> claims) {
        Set<Long> units = new LinkedHashSet<>();
        if (oidc.unitsClaim() == null) {
            return units;
        }
        for (String code : values(claims, oidc.unitsClaim())) {
            Optional<Long> unit = unitByCode.apply(code);
            if (unit.isPresent()) {
                units.add(unit.get());
            } else {
                log.info("Unknown unit code '{}' in claim {} ignored", code, oidc.unitsClaim());
            }
        }
        return units;
    }

    /** The string values of a claim; a dotted path reaches into nested objects. */
    static List<String> values(Map<String, Object> claims, String path) {
        Object value = claims;
        for (String part : path.split("\\.")) {
            value = value instanceof Map<?, ?> map ? map.get(part) : null;
        }
        if (value instanceof Collection<?> many) {
            return many.stream().filter(v -> v != null).map(Object::toString).toList();
        }
        if (value instanceof String one) {
            return List.of(one.split("[,\\s]+")).stream().filter(s -> !s.isBlank()).toList();
        }
        return List.of();
    }
}
