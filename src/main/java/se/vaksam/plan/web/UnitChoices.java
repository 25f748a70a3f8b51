package se.vaksam.plan.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.vaksam.org.OrgDirectory;
import se.vaksam.org.OrgQuery;
import se.vaksam.org.OrgUnitType;

/** Units and people to choose from in the plan's forms. */
@Component("planUnitChoices")
class UnitChoices {

    private final OrgDirectory directory;
    private final OrgQuery org;
    private final Clock clock;

    UnitChoices(OrgDirectory directory, OrgQuery org, Clock clock) {
        this.directory = directory;
        this.org = org;
        this.clock = clock;
    }

    /** The committee and every unit below it: who can be responsible for an item. */
    List<OrgQuery.UnitView> within(long committeeId) {
        return org.units(org.subtree(committeeId)).values().stream()
                .sorted(Comparator.comparing(OrgQuery.UnitView::name)).toList();
    }

    /** The people placed today in the committee's part of the organisation: the picker of responsible people. */
    List<OrgQuery.PersonView> people(long committeeId) {
        return org.peopleIn(committeeId, LocalDate.now(clock));
    }

    /** Committees (nämnder) the person's readable units belong to. */
    /** The names behind usernames shown on a page (who reported, who marked ready), in one batch. */
    Map<String, String> names(java.util.Collection<String> usernames) {
        return org.namesOf(usernames);
    }

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
