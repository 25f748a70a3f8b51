package se.vaksam.plan;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import se.vaksam.shared.Period;

/** Plans and items for the tests of common review areas and follow-up, made through the plan module's API. */
final class FollowUpFixtures {

    private final PlanManagement plans;
    private final JdbcClient jdbc;

    FollowUpFixtures(PlanManagement plans, JdbcClient jdbc) {
        this.plans = plans;
        this.jdbc = jdbc;
    }

    static void signInAs(String username) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
    }

    static void signOut() {
        SecurityContextHolder.clearContext();
    }

    long unit(String code) {
        return jdbc.sql("select id from org_unit where code = ?").param(code).query(Long.class).single();
    }

    long plan(int year) {
        return plans.createPlan(unit("ASN"), year);
    }

    long directAction(long planId, String title, String responsible, Period period) {
        return plans.addItem(planId, ItemDraft.directAction(null, title, unit("IFO-BU-MOT-1"), responsible, period,
                "Kontrollera rutinen"), null);
    }

    void adopt(long planId, int year) {
        plans.adopt(planId, new Adoption(LocalDate.of(year - 1, 12, 15), "§ 303", "ASN-" + (year - 1) + "-1",
                "Arbetsmarknads- och socialnämnden"), version(planId));
    }

    void reportDone(long itemId) {
        plans.reportAction(itemId, ActionReport.of("Rutinen är kontrollerad", ActionStatus.DONE), itemVersion(itemId));
    }

    int version(long planId) {
        return jdbc.sql("select version from plan where id = ?").param(planId).query(Integer.class).single();
    }

    int itemVersion(long itemId) {
        return jdbc.sql("select version from plan_item where id = ?").param(itemId).query(Integer.class).single();
    }

    List<Long> commonReviewAreasOf(long planId) {
        return jdbc.sql("""
                select common_review_area_id from plan_item
                where plan_id = ? and review_kind = 'KOMMUNGEMENSAM' and not removed order by id""")
                .param(planId).query(Long.class).list();
    }
}
