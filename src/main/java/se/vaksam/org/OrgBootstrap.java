package se.vaksam.org;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first start on an empty database (<em>första start</em>): nobody can sign in yet, so the
 * application itself creates the root unit and places the first system administrator there,
 * without scope checks. Idempotent: what already exists is kept, and each record it creates is
 * recorded in the history with the reason {@link #REASON}.
 */
@Service
public class OrgBootstrap {

    /** The reason recorded in the history of what the first start creates. */
    public static final String REASON = "Första start";

    /** The code of the root unit the first start creates in an empty tree. */
    public static final String ROOT_CODE = "KOMMUN";

    private final OrgUnitRepository units;
    private final PersonRepository people;
    private final PlacementRepository placements;
    private final OrgChanges changes;
    private final Clock clock;

    OrgBootstrap(OrgUnitRepository units, PersonRepository people, PlacementRepository placements,
            OrgChanges changes, Clock clock) {
        this.units = units;
        this.people = people;
        this.placements = placements;
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * What the first start did.
     *
     * @param rootUnitCode the root where the administrator is placed
     * @param rootCreated whether the tree was empty and the root unit was created
     * @param personCreated whether the person was created (false: it existed already)
     * @param placementCreated whether the system-administrator placement was added
     */
    public record FirstAdministrator(String rootUnitCode, boolean rootCreated, boolean personCreated,
            boolean placementCreated) {
    }

    /**
     * Makes sure the organisation has a root unit (a municipality with the given name when the
     * tree is empty), that the person exists, and that they are system administrator at the root
     * from today on.
     */
    @Transactional
    public FirstAdministrator placeFirstAdministrator(String municipalityName, OrgManagement.PersonDetails admin) {
        boolean rootCreated = units.count() == 0;
        OrgUnit root = rootCreated ? createRoot(municipalityName) : existingRoot();
        Person person = people.findByUsername(admin.username().strip()).orElse(null);
        boolean personCreated = person == null;
        if (personCreated) {
            person = people.save(Person.create(admin));
            changes.created(OrgChanges.PERSON, person.id(), OrgChanges.PersonState.of(person), REASON);
        }
        LocalDate today = LocalDate.now(clock);
        Long personId = person.id();
        boolean placed = placements.findByPersonId(personId).stream().anyMatch(p -> p.unitId().equals(root.id())
                && p.role() == PlacementRole.SYSTEM_ADMINISTRATOR && p.isCurrent(today));
        if (!placed) {
            Placement placement = placements.save(Placement.create(personId, root.id(),
                    PlacementRole.SYSTEM_ADMINISTRATOR, today, null));
            changes.created(OrgChanges.PLACEMENT, placement.id(), OrgManagement.state(placement, person, root), REASON);
        }
        return new FirstAdministrator(root.code(), rootCreated, personCreated, !placed);
    }

    private OrgUnit createRoot(String municipalityName) {
        OrgUnit root = units.save(OrgUnit.create(ROOT_CODE, municipalityName, OrgUnitType.MUNICIPALITY, null));
        changes.created(OrgChanges.UNIT, root.id(), new OrgChanges.UnitState(root.code(), root.name(), root.type(), null),
                REASON);
        return root;
    }

    /** The municipality at the top of the tree (the oldest root if there are several). */
    private OrgUnit existingRoot() {
        return units.findAll().stream().filter(u -> u.parentId() == null)
                .min(Comparator.comparing((OrgUnit u) -> u.type() != OrgUnitType.MUNICIPALITY).thenComparing(OrgUnit::id))
                .orElseThrow(() -> new IllegalStateException("The organisation tree has no root unit"));
    }
}
