package se.vaksam.plan.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.vaksam.org.OrgDirectory;
import se.vaksam.org.OrgQuery;
import se.vaksam.org.OrgUnitType;

/** Units to choose from in the plan's forms. */
@Component("planUnitChoices")
class UnitChoices {

    private final OrgDirectory directory;
    private final OrgQuery org;

    UnitChoices(OrgDirectory directory, OrgQuery org) {
        this.directory = directory;
        this.org = org;
    }

    /** The committee and every unit below it: who can be responsible for an item. */
    List<OrgQuery.UnitView> within(long committeeId) {
        return org.subtree(committeeId).stream().map(id -> org.unit(id).orElseThrow())
                .sorted(Comparator.comparing(OrgQuery.UnitView::name)).toList();
    }

    /** Committees (nämnder) the person's readable units belong to. */
    List<OrgQuery.UnitView> committees() {
        Map<Long, OrgQuery.UnitView> committees = new LinkedHashMap<>();
        for (OrgQuery.UnitView unit : directory.readableUnits()) {
            for (OrgQuery.UnitView step : org.ancestors(unit.id())) {
                if (step.type() == OrgUnitType.COMMITTEE) {
                    committees.putIfAbsent(step.id(), step);
                }
            }
        }
        return committees.values().stream().sorted(Comparator.comparing(OrgQuery.UnitView::name)).toList();
    }
}
