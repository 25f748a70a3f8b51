package se.vaksam.deviation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vaksam.org.OrgQuery;
import se.vaksam.plan.PlanQuery;
import se.vaksam.risk.RiskQuery;
import se.vaksam.shared.Choice;

/**
 * What a case page offers in its pickers, by name: the people who can handle the case (the unit's managers
 * first, then everyone placed in its operational area), the risks the person may read and this year's plan
 * items. Each list is read in one go and bounded by the organisation and the person's scope.
 */
@Service
@Transactional(readOnly = true)
public class CaseChoices {

    private final OrgQuery org;
    private final RiskQuery risks;
    private final PlanQuery plans;
    private final Clock clock;

    CaseChoices(OrgQuery org, RiskQuery risks, PlanQuery plans, Clock clock) {
        this.org = org;
        this.risks = risks;
        this.plans = plans;
        this.clock = clock;
    }

    /** The people who can be given the case, by name: the unit's managers first. */
    public List<Choice> handlers(DeviationRecord d) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Choice> people = new LinkedHashMap<>();
        org.nearestHeads(d.unitId(), today).forEach(p -> people.putIfAbsent(p.username(), choice(p)));
        org.peopleIn(d.areaUnitId() == null ? d.unitId() : d.areaUnitId(), today).stream()
                .sorted(Comparator.comparing(OrgQuery.PersonView::familyName).thenComparing(OrgQuery.PersonView::givenName))
                .forEach(p -> people.putIfAbsent(p.username(), choice(p)));
        return List.copyOf(people.values());
    }

    /** The risks the signed-in person may read, by title and unit. */
    public List<Choice> risks() {
        return risks.risks(RiskQuery.RiskFilter.none()).stream()
                .map(r -> new Choice(Long.toString(r.id()), r.title() + " (" + r.unitName() + ")")).toList();
    }

    /** The items of this year's internal-control plans the person may read, by title. */
    public List<Choice> planItems() {
        int year = LocalDate.now(clock).getYear();
        return plans.itemTitles(year).stream()
                .map(i -> new Choice(Long.toString(i.id()), i.title() + " (" + i.responsibleUnitName() + ")")).toList();
    }

    private static Choice choice(OrgQuery.PersonView p) {
        return new Choice(p.username(), p.fullName());
    }
}
