package se.vaksam.security;

import java.util.Optional;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import se.vaksam.org.OrgQuery;
import se.vaksam.shared.Access;
import se.vaksam.shared.ForbiddenException;
import se.vaksam.shared.GrantRules;

/** {@link GrantRules} for the signed-in person: {@link GrantRule} applied to their own grants. */
@Component
class ScopedGrantRules implements GrantRules {

    private final CurrentGrants grants;
    private final Access access;
    private final OrgQuery org;

    ScopedGrantRules(CurrentGrants grants, Access access, OrgQuery org) {
        this.grants = grants;
        this.access = access;
        this.org = org;
    }

    @Override
    public void requireMayGrant(Long personId, String role, long unitId) {
        Role parsed = Role.parse(role).orElseThrow(ForbiddenException::new);
        refusal(personId, parsed, unitId).ifPresent(refusal -> {
            throw new ForbiddenException(refusal.messageKey(),
                    new DefaultMessageSourceResolvable(new String[] {"role." + parsed.name()}, parsed.name()));
        });
    }

    @Override
    public boolean mayGrant(Long personId, String role, long unitId) {
        return Role.parse(role).map(r -> refusal(personId, r, unitId).isEmpty()).orElse(false);
    }

    @Override
    public boolean mayGrantSomewhere(String role) {
        return Role.parse(role).map(r -> grants.get().stream().anyMatch(g -> GrantRule.grants(g.role(), r)))
                .orElse(false);
    }

    @Override
    public boolean privileged(String role) {
        return Role.parse(role).map(GrantRule.PRIVILEGED::contains).orElse(false);
    }

    private Optional<GrantRule.Refusal> refusal(Long personId, Role role, long unitId) {
        return GrantRule.check(access.current().personId(), grants.get(), org::subtree, personId, role, unitId);
    }
}
