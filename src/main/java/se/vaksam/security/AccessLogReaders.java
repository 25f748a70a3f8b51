package se.vaksam.security;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.vaksam.org.OrgQuery;
import se.vaksam.shared.Access;
import se.vaksam.shared.AccessScope;
import se.vaksam.shared.Capability;
import se.vaksam.shared.ConfidentialRecordRead;
import se.vaksam.shared.ForbiddenException;

/**
 * Who may read the access log (<em>åtkomstloggen</em>): it tells which confidential records a person read, when
 * and from where, so only those who follow it up read it. The one definition of the rule, for every path (the
 * access-log page and API here, the log follow-up in module check).
 */
@Component
public class AccessLogReaders {

    /**
     * The log-follow-up roles (<em>logguppföljning</em>) that read the whole access log: those the authorisation
     * model gives {@link Capability#READ_ACCESS_LOG} (the system administrator and the internal-control coordinator).
     */
    public static final Set<Role> FOLLOW_UP_ROLES = Set.copyOf(AuthorisationModel.roles(Capability.READ_ACCESS_LOG));

    /** The record type under which reading the access log is itself logged in the access log. */
    public static final String RECORD_TYPE = "security.access-log";

    private static final int RECORD_ID_LENGTH = 60;

    private final Access access;
    private final OrgQuery org;
    private final Clock clock;

    AccessLogReaders(Access access, OrgQuery org, Clock clock) {
        this.access = access;
        this.org = org;
        this.clock = clock;
    }

    /**
     * The event that logs a read of the access log itself; publish it on every path that shows log entries.
     *
     * @param what what was read, e.g. the search or the review and person (cut to the log's 60 characters)
     */
    public static ConfidentialRecordRead read(String what) {
        return new ConfidentialRecordRead(RECORD_TYPE,
                what.length() <= RECORD_ID_LENGTH ? what : what.substring(0, RECORD_ID_LENGTH));
    }

    /** Whether the signed-in person holds a log-follow-up role and so reads the whole log. */
    public boolean readsWholeLog() {
        AccessScope scope = access.current();
        return scope.administrator() || FOLLOW_UP_ROLES.stream().anyMatch(role -> scope.hasRole(role.name()));
    }

    /**
     * Whether the signed-in person follows up the reads of the people of the unit: a log-follow-up role, or the
     * unit's manager (the head placed at the unit, or at the nearest unit above that has one).
     */
    public boolean followsUp(long unitId) {
        if (readsWholeLog()) {
            return true;
        }
        Long personId = access.current().personId();
        return personId != null && org.nearestHeads(unitId, LocalDate.now(clock)).stream()
                .anyMatch(head -> head.id() == personId);
    }

    /** Throws {@link ForbiddenException} naming the rule unless the signed-in person follows up the unit's log. */
    public void requireFollowsUp(long unitId) {
        if (!followsUp(unitId)) {
            throw new ForbiddenException("security.accessLog.forbidden");
        }
    }
}
