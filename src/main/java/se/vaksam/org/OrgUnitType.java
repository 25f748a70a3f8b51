package se.vaksam.org;

import java.util.EnumSet;
import java.util.Set;

/** The levels of the organisation tree, with the parent levels each may hang under. */
public enum OrgUnitType {
    MUNICIPALITY,
    EXECUTIVE_BOARD,
    COMMITTEE,
    WORKING_COMMITTEE,
    ADMINISTRATION,
    OPERATIONAL_AREA,
    DEPARTMENT,
    UNIT,
    SECTION;

    /** Which parent types a unit of this type may have; empty means it must be a root. */
    public Set<OrgUnitType> allowedParents() {
        return switch (this) {
            case MUNICIPALITY -> EnumSet.noneOf(OrgUnitType.class);
            case EXECUTIVE_BOARD, COMMITTEE -> EnumSet.of(MUNICIPALITY);
            case WORKING_COMMITTEE -> EnumSet.of(COMMITTEE, EXECUTIVE_BOARD);
            case ADMINISTRATION -> EnumSet.of(COMMITTEE, EXECUTIVE_BOARD);
            case OPERATIONAL_AREA -> EnumSet.of(ADMINISTRATION);
            case DEPARTMENT -> EnumSet.of(ADMINISTRATION, OPERATIONAL_AREA);
            case UNIT -> EnumSet.of(DEPARTMENT, OPERATIONAL_AREA);
            case SECTION -> EnumSet.of(UNIT, DEPARTMENT);
        };
    }
}
