package se.vaksam.org;

import java.time.LocalDate;
import java.util.List;

/** The checked, typed content of an import, ready to be written (only when nothing was wrong). */
record ImportPlan(List<UnitLine> units, List<PersonLine> people, List<PlacementLine> placements) {

    record UnitLine(int row, String code, String name, OrgUnitType type, String parentCode) {
    }

    record PersonLine(int row, String username, String givenName, String familyName, String email, String title,
            boolean confidential) {

        OrgManagement.PersonDetails details() {
            return new OrgManagement.PersonDetails(username, givenName, familyName, email, title, confidential);
        }
    }

    record PlacementLine(int row, String username, String unitCode, PlacementRole role, LocalDate validFrom,
            LocalDate validTo) {
    }
}
