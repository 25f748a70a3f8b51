package se.vaksam.org;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vaksam.org.OrgChanges.PlacementState;
import se.vaksam.org.OrgChanges.PersonState;
import se.vaksam.org.OrgChanges.UnitState;
import se.vaksam.shared.Access;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.ForbiddenException;
import se.vaksam.shared.GrantRules;
import se.vaksam.shared.NotFoundException;

/**
 * Changes the organisation on behalf of the signed-in person, within their scope: units,
 * people and placements. Every change is recorded in the history with the reason given.
 * Placements follow the {@link GrantRules} (nobody changes their own; a role only from someone whose
 * own roles cover it; privileged roles only from a system administrator, with a reason, told to the
 * person and their manager).
 */
@Service
@Transactional
public class OrgManagement {

    private final OrgUnitRepository units;
    private final PersonRepository people;
    private final PlacementRepository placements;
    private final Access access;
    private final PersonScope personScope;
    private final OrgChanges changes;
    private final GrantRules grantRules;
    private final GrantNotices notices;

    OrgManagement(OrgUnitRepository units, PersonRepository people, PlacementRepository placements, Access access,
            PersonScope personScope, OrgChanges changes, GrantRules grantRules, GrantNotices notices) {
        this.units = units;
        this.people = people;
        this.placements = placements;
        this.access = access;
        this.personScope = personScope;
        this.changes = changes;
        this.grantRules = grantRules;
        this.notices = notices;
    }

    /** A new unit's data; {@code parentId} null makes a root (only a municipality may be one). */
    public record UnitDraft(String code, String name, OrgUnitType type, Long parentId) {
    }

    /** A person's data as entered or imported. */
    public record PersonDetails(String username, String givenName, String familyName, String email, String title,
            boolean confidential) {
    }

    public long createUnit(UnitDraft draft, String reason) {
        OrgUnit parent = draft.parentId() == null ? null : unit(draft.parentId());
        if (parent == null) {
            if (!access.current().administrator()) {
                throw new ForbiddenException();
            }
        } else {
            access.requireWrite(parent.id());
        }
        if (draft.type() == null) {
            throw new DomainException("org.error.required.type");
        }
        requireFreeCode(draft.code(), null);
        OrgUnit unit = units.save(OrgUnit.create(draft.code(), draft.name(), draft.type(), parent));
        changes.created(OrgChanges.UNIT, unit.id(), state(unit), reason);
        return unit.id();
    }

    /** Changes code and name; {@code version} is the one the editor saw (stale: conflict, 409). */
    public void editUnit(long unitId, String code, String name, int version, String reason) {
        OrgUnit unit = unit(unitId);
        access.requireWrite(unitId);
        UnitState before = state(unit);
        requireFreeCode(code, unitId);
        unit.rename(code, name, version);
        units.save(unit);
        changes.updated(OrgChanges.UNIT, unitId, before, state(unit), reason);
    }

    /** Hangs the unit under another parent, refusing cycles and parent types not allowed. */
    public void moveUnit(long unitId, long newParentId, String reason) {
        OrgUnit unit = unit(unitId);
        OrgUnit parent = unit(newParentId);
        access.requireWrite(unitId);
        access.requireWrite(newParentId);
        if (TreeRules.createsCycle(unitId, newParentId, id -> units.findById(id).map(OrgUnit::parentId).orElse(null))) {
            throw new DomainException("org.error.cycle", unit.code(), parent.code());
        }
        UnitState before = state(unit);
        unit.moveUnder(parent);
        units.save(unit);
        changes.updated(OrgChanges.UNIT, unitId, before, state(unit), reason);
    }

    /** A first placement for a new person. */
    public record PlacementDraft(long unitId, PlacementRole role, LocalDate from, LocalDate to) {
    }

    /**
     * Creates a person placed nowhere yet: only the system administrator and the
     * internal-control coordinator may, since nobody else could see the person afterwards.
     */
    public long createPerson(PersonDetails details, String reason) {
        return createPerson(details, null, reason);
    }

    /**
     * Creates a person and, if {@code placement} is given, places them at once. A chef may create
     * people only by placing them in a unit they may change; all or nothing.
     */
    public long createPerson(PersonDetails details, PlacementDraft placement, String reason) {
        if (placement == null) {
            if (!PersonScope.mayManageUnplaced(access.current())) {
                throw new ForbiddenException();
            }
        } else {
            access.requireWrite(unit(placement.unitId()).id());
        }
        if (details.username() != null && people.findByUsername(details.username().strip()).isPresent()) {
            throw new DomainException("org.error.usernameTaken", details.username().strip());
        }
        Person person = people.save(Person.create(details));
        changes.created(OrgChanges.PERSON, person.id(), PersonState.of(person), reason);
        if (placement != null) {
            place(person, unit(placement.unitId()), placement.role(), placement.from(), placement.to(), reason);
        }
        return person.id();
    }

    /**
     * Changes a person's details (the username stays); {@code version} as seen by the editor. The
     * organisation's administrators change everything; a person changes only their own e-mail.
     */
    public void editPerson(long personId, PersonDetails details, int version, String reason) {
        Person person = person(personId);
        if (!personScope.canEdit(person)) {
            if (!personScope.isSelf(person)) {
                throw new ForbiddenException();
            }
            if (!onlyEmailDiffers(person.details(), details)) {
                throw new ForbiddenException("org.error.ownEmailOnly");
            }
        }
        PersonState before = PersonState.of(person);
        person.edit(details, version);
        people.save(person);
        changes.updated(OrgChanges.PERSON, personId, before, PersonState.of(person), reason);
    }

    /**
     * Places a person one may see at a unit one may change; someone with no current placement
     * only the administrator and the internal-control coordinator may place.
     */
    public long addPlacement(long personId, long unitId, PlacementRole role, LocalDate from, LocalDate to,
            String reason) {
        Person person = person(personId);
        OrgUnit unit = unit(unitId);
        access.requireWrite(unitId);
        if (!personScope.canPlace(person)) {
            throw new ForbiddenException();
        }
        return place(person, unit, role, from, to, reason);
    }

    private static boolean onlyEmailDiffers(PersonDetails current, PersonDetails wanted) {
        return new PersonDetails(current.username(), current.givenName(), current.familyName(), wanted.email(),
                current.title(), current.confidential()).equals(wanted);
    }

    /**
     * Places the person if the {@link GrantRules} allow the signed-in person to grant the role at the unit; a
     * privileged role needs a reason, and the person and their manager are told.
     */
    private long place(Person person, OrgUnit unit, PlacementRole role, LocalDate from, LocalDate to, String reason) {
        boolean privileged = role != null && grantRules.privileged(role.name());
        if (role != null) {
            grantRules.requireMayGrant(person.id(), role.name(), unit.id());
        }
        if (privileged && (reason == null || reason.isBlank())) {
            throw new DomainException("org.error.grantReasonRequired");
        }
        Placement placement = placements.save(Placement.grant(person.id(), unit.id(), role, from, to, reason,
                access.current().username()));
        changes.created(OrgChanges.PLACEMENT, placement.id(), state(placement, person, unit), reason);
        if (privileged) {
            notices.granted(placement, person, unit);
        }
        return placement.id();
    }

    /** Ends a placement on {@code lastDay} (inclusive). */
    public void endPlacement(long placementId, LocalDate lastDay, String reason) {
        Placement placement = placements.findById(placementId)
                .orElseThrow(() -> new NotFoundException("org.error.placementNotFound"));
        access.requireWrite(placement.unitId());
        grantRules.requireMayGrant(placement.personId(), placement.role().name(), placement.unitId());
        Person person = person(placement.personId());
        OrgUnit unit = unit(placement.unitId());
        PlacementState before = state(placement, person, unit);
        placement.end(lastDay);
        placements.save(placement);
        changes.updated(OrgChanges.PLACEMENT, placementId, before, state(placement, person, unit), reason);
    }

    private void requireFreeCode(String code, Long ownId) {
        if (code == null) {
            return;
        }
        units.findByCode(code.strip()).filter(other -> !other.id().equals(ownId)).ifPresent(other -> {
            throw new DomainException("org.error.codeTaken", code.strip());
        });
    }

    private OrgUnit unit(long id) {
        return units.findById(id).orElseThrow(() -> new NotFoundException("org.error.unitNotFound"));
    }

    private Person person(long id) {
        return people.findById(id).orElseThrow(() -> new NotFoundException("org.error.personNotFound"));
    }

    UnitState state(OrgUnit unit) {
        String parentCode = unit.parentId() == null ? null : units.findById(unit.parentId()).map(OrgUnit::code).orElse(null);
        return new UnitState(unit.code(), unit.name(), unit.type(), parentCode);
    }

    static PlacementState state(Placement placement, Person person, OrgUnit unit) {
        return new PlacementState(person.username(), unit.code(), placement.role(), placement.validFrom(),
                placement.validTo());
    }
}
