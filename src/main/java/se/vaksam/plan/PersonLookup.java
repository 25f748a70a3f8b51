package se.vaksam.plan;

import se.vaksam.org.OrgQuery;
import se.vaksam.shared.DomainException;

/** The person behind a username typed in a plan form (responsible, reviewer, owner), through the organisation. */
final class PersonLookup {

    private PersonLookup() {
    }

    /** The person's id, null for an empty username; an unknown username is refused with a Swedish message. */
    static Long idOf(OrgQuery org, String username) {
        if (username == null || username.isBlank()) {
            return null;
        }
        return org.person(username.strip()).map(OrgQuery.PersonView::id)
                .orElseThrow(() -> new DomainException("plan.error.unknownPerson", username));
    }
}
