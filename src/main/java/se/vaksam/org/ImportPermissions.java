package se.vaksam.org;

import se.vaksam.shared.AccessScope;
import se.vaksam.shared.GrantRules;

/** Whether the importing person may make the change a row asks for (rows that change nothing need no right). */
interface ImportPermissions {

    boolean mayWriteUnit(ImportPlan.UnitLine line, OrgSnapshot stored);

    boolean mayWritePerson(ImportPlan.PersonLine line, OrgSnapshot stored);

    boolean mayWritePlacement(ImportPlan.PlacementLine line, OrgSnapshot stored);

    /** The application itself (the demo organisation at first start) may write everything. */
    static ImportPermissions trusted() {
        return new ImportPermissions() {
            @Override
            public boolean mayWriteUnit(ImportPlan.UnitLine line, OrgSnapshot stored) {
                return true;
            }

            @Override
            public boolean mayWritePerson(ImportPlan.PersonLine line, OrgSnapshot stored) {
                return true;
            }

            @Override
            public boolean mayWritePlacement(ImportPlan.PlacementLine line, OrgSnapshot stored) {
                return true;
            }
        };
    }

    /**
     * The signed-in person's scope: the same rules as changing units, people and placements by hand. Privileged
     * roles (see {@link GrantRules#privileged(String)}) are not granted or changed by import at all: a system
     * administrator grants them one by one, with a reason, and the person and their manager are told.
     */
    static ImportPermissions of(AccessScope scope, PersonScope personScope, GrantRules grantRules) {
        return new ImportPermissions() {
            @Override
            public boolean mayWriteUnit(ImportPlan.UnitLine line, OrgSnapshot stored) {
                OrgUnit existing = stored.unitsByCode().get(line.code());
                OrgUnit parent = line.parentCode() == null ? null : stored.unitsByCode().get(line.parentCode());
                boolean parentOk = parent == null ? line.parentCode() != null || scope.administrator()
                        : scope.canWrite(parent.id()) || existing != null && parent.id().equals(existing.parentId());
                return parentOk && (existing == null || scope.canWrite(existing.id()));
            }

            @Override
            public boolean mayWritePerson(ImportPlan.PersonLine line, OrgSnapshot stored) {
                Person existing = stored.peopleByUsername().get(line.username());
                return existing == null ? scope.administrator() || !scope.writableUnitIds().isEmpty()
                        : personScope.canEdit(existing);
            }

            @Override
            public boolean mayWritePlacement(ImportPlan.PlacementLine line, OrgSnapshot stored) {
                OrgUnit unit = stored.unitsByCode().get(line.unitCode());
                if (unit == null || line.role() == null || grantRules.privileged(line.role().name())) {
                    return false;
                }
                Person person = stored.peopleByUsername().get(line.username());
                return scope.canWrite(unit.id())
                        && grantRules.mayGrant(person == null ? null : person.id(), line.role().name(), unit.id());
            }
        };
    }
}
