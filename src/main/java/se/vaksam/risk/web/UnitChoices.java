package se.vaksam.risk.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.vaksam.org.OrgDirectory;
import se.vaksam.org.OrgQuery;
import se.vaksam.org.OrgUnitType;
import se.vaksam.shared.Access;
import se.vaksam.shared.AccessScope;

/** The units a person may pick in the risk pages' forms and filters. */
@Component
class UnitChoices {

    private final OrgDirectory directory;
    private final OrgQuery org;
    private final Access access;
    private final java.time.Clock clock;

    UnitChoices(OrgDirectory directory, OrgQuery org, Access access, java.time.Clock clock) {
        this.directory = directory;
        this.org = org;
        this.access = access;
        this.clock = clock;
    }

    List<OrgQuery.UnitView> readable() {
        return directory.readableUnits();
    }

    List<OrgQuery.UnitView> writable() {
        AccessScope scope = access.current();
        return directory.readableUnits().stream().filter(u -> scope.canWrite(u.id())).toList();
    }

    /**
     * The people who can own a risk in the units the person may write: everyone placed there today, by name.
     */
    List<OrgQuery.PersonView> owners() {
        return org.peopleInAny(writable(), java.time.LocalDate.now(clock));
    }

    /** Committees (nämnder) that readable units belong to, for the register's filter. */
    List<OrgQuery.UnitView> committees() {
        Map<Long, OrgQuery.UnitView> committees = new LinkedHashMap<>();
        for (OrgQuery.UnitView unit : readable()) {
            for (OrgQuery.UnitView step : org.ancestors(unit.id())) {
                if (step.type() == OrgUnitType.COMMITTEE) {
                    committees.putIfAbsent(step.id(), step);
                }
            }
        }
        return committees.values().stream().sorted(Comparator.comparing(OrgQuery.UnitView::name)).toList();
    }
}
