package se.vaksam.check.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import se.vaksam.org.OrgDirectory;
import se.vaksam.org.OrgQuery;
import se.vaksam.plan.ItemKind;
import se.vaksam.plan.PlanQuery;
import se.vaksam.plan.PlanStatus;
import se.vaksam.shared.Access;
import se.vaksam.shared.AccessScope;

/** What a person may pick in the check pages' forms: units they may change, reviews they may report. */
@Component
class CheckChoices {

    private final OrgDirectory directory;
    private final PlanQuery plans;
    private final Access access;
    private final OrgQuery org;

    CheckChoices(OrgDirectory directory, PlanQuery plans, Access access, OrgQuery org) {
        this.directory = directory;
        this.org = org;
        this.plans = plans;
        this.access = access;
    }

    /** The names behind usernames shown on a page (who drew, who imported), in one batch. */
    java.util.Map<String, String> names(java.util.Collection<String> usernames) {
        return org.namesOf(usernames);
    }

    List<OrgQuery.UnitView> writableUnits() {
        AccessScope scope = access.current();
        return directory.readableUnits().stream().filter(u -> scope.canWrite(u.id())).toList();
    }

    /** Reviews (granskningar) of adopted plans whose results the person may report. */
    List<PlanQuery.ItemView> reviews() {
        List<PlanQuery.ItemView> reviews = new ArrayList<>();
        for (PlanQuery.PlanView plan : plans.plans(null, null)) {
            if (plan.status() == PlanStatus.ADOPTED) {
                plans.items(plan.id()).stream().filter(i -> i.kind() == ItemKind.REVIEW && i.reportable())
                        .forEach(reviews::add);
            }
        }
        return reviews;
    }
}
