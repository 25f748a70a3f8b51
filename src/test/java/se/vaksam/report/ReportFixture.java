package se.vaksam.report;

import static se.vaksam.plan.ReferencePlans.*;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import se.vaksam.org.OrgManagement;
import se.vaksam.org.OrgUnitType;
import se.vaksam.plan.ActionReport;
import se.vaksam.plan.ActionStatus;
import se.vaksam.plan.Adoption;
import se.vaksam.plan.Disposition;
import se.vaksam.plan.ImprovementDraft;
import se.vaksam.plan.ImprovementManagement;
import se.vaksam.plan.ImprovementStatus;
import se.vaksam.plan.ItemDraft;
import se.vaksam.plan.PlanManagement;
import se.vaksam.plan.PlanQuery;
import se.vaksam.plan.ReferencePlans;
import se.vaksam.plan.ReviewKind;
import se.vaksam.plan.ReviewReport;
import se.vaksam.risk.Origin;
import se.vaksam.risk.RiskDraft;
import se.vaksam.risk.RiskManagement;
import se.vaksam.risk.RiskQuery;
import se.vaksam.shared.Period;

/**
 * Fresh committees for the report tests that change what they report on or need more than one committee (sent
 * versions, the web pages, kommunstyrelsen's views, the annual appendix): each call of {@link #committee()} makes
 * a new committee with its förvaltning, a stab and a housing unit, so tests sharing the demo database never
 * collide with the demo's, each other's or the shared reference plans of ASN ({@link ReferencePlans}, which the
 * field-for-field tests use). The texts entered are {@link ReferencePlans}' (reference/003).
 */
final class ReportFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    static final String COMMITTEE = "Arbetsmarknads- och socialnämnden";
    static final String ADMINISTRATION = "Arbetsmarknads- och socialförvaltningen";

    private final OrgManagement org;
    private final RiskManagement riskManagement;
    private final RiskQuery riskQuery;
    private final PlanManagement plans;
    private final PlanQuery planQuery;
    private final JdbcClient jdbc;
    private ImprovementManagement improvements;

    long committeeId;
    String committeeName;
    long administrationId;
    long staffId;
    long housingId;

    ReportFixture(OrgManagement org, RiskManagement riskManagement, RiskQuery riskQuery, PlanManagement plans,
            PlanQuery planQuery, JdbcClient jdbc) {
        this.org = org;
        this.riskManagement = riskManagement;
        this.riskQuery = riskQuery;
        this.plans = plans;
        this.planQuery = planQuery;
        this.jdbc = jdbc;
    }

    static void signInAs(String username) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
    }

    ReportFixture withImprovements(ImprovementManagement improvements) {
        this.improvements = improvements;
        return this;
    }

    static final String CARRIED_RISK = "Bristande följsamhet till inköpsrutin";
    static final String CARRIED_TITLE = "Säkerställa att användningen av betal- och inköpskort följer inköpsrutinen";
    static final String CARRIED_NOTE = "Inköpsrutinen har reviderats och kommunicerats till samtliga chefer.";

    /**
     * Last year's plan (2024) with a review whose improvement action was not finished and is carried into the 2025
     * follow-up (the appendix "Uppföljning förbättringsåtgärder").
     */
    long plan2024WithCarriedAction() {
        long risk = risk(CARRIED_RISK, "inköp görs utanför inköpsrutinen", "bristande kunskap om rutinen",
                "ekonomisk skada och bristande förtroende", "VERKSAMHET", 2, 2);
        long[] ids = new long[1];
        long plan = adoptedPlan(2024, List.of(ItemDraft.review(risk, "Granskning av inköp", staffId, null,
                Period.ANNUAL, ReviewKind.NAMNDENS, "Inköpsrutinen", "Följsamhet", "Stickprov 2024", "Stickprov",
                null)), ids);
        plans.reportReview(ids[0], new ReviewReport("Brister i följsamheten.", null, null, null, null, List.of()),
                planQuery.item(ids[0]).version());
        long action = improvements.create(ids[0], new ImprovementDraft(CARRIED_TITLE, "Rutinen ska revideras.",
                staffId, null, LocalDate.of(2025, 6, 30), ImprovementStatus.IN_PROGRESS));
        improvements.addNote(action, LocalDate.of(2025, 3, 1), CARRIED_NOTE);
        improvements.dispose(action, Disposition.CARRIED_TO_FOLLOW_UP, null, "Återrapporteras 2025",
                planQuery.improvementAction(action).version());
        return plan;
    }

    /** A fresh committee "Arbetsmarknads- och socialnämnden" with its förvaltning, a stab and a housing unit. */
    ReportFixture committee() {
        return committee(COMMITTEE);
    }

    /** A fresh committee of the given name, its förvaltning "Arbetsmarknads- och socialförvaltningen" etc. */
    ReportFixture committee(String name) {
        signInAs("admin");
        committeeName = name;
        String prefix = "RPT" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
        long root = jdbc.sql("select id from org_unit where code = 'MALMO'").query(Long.class).single();
        committeeId = org.createUnit(new OrgManagement.UnitDraft(prefix + "-ASN", name, OrgUnitType.COMMITTEE,
                root), "test");
        administrationId = org.createUnit(new OrgManagement.UnitDraft(prefix + "-ASF", ADMINISTRATION,
                OrgUnitType.ADMINISTRATION, committeeId), "test");
        staffId = org.createUnit(new OrgManagement.UnitDraft(prefix + "-STAB", "Avdelningen för stöd och styrning",
                OrgUnitType.DEPARTMENT, administrationId), "test");
        housingId = org.createUnit(new OrgManagement.UnitDraft(prefix + "-BO", "Avdelningen för boende",
                OrgUnitType.DEPARTMENT, administrationId), "test");
        return this;
    }

    long risk(String title, String event, String cause, String consequence, String category, int likelihood,
            int consequenceLevel) {
        long categoryId = jdbc.sql("select id from risk_category where code = ?").param(category).query(Long.class)
                .single();
        long risk = riskManagement.createRisk(new RiskDraft(title, event, cause, consequence, categoryId,
                administrationId, null, Origin.MANAGEMENT, 12));
        riskManagement.assess(risk, riskQuery.defaultMatrix().matrixId(), likelihood, consequenceLevel,
                "Bedömd i riskanalysen", null);
        return risk;
    }

    long adoptedPlan(int year, List<ItemDraft> items, long[] ids) {
        long plan = plans.createPlan(committeeId, year);
        for (int i = 0; i < items.size(); i++) {
            ids[i] = plans.addItem(plan, items.get(i), null);
        }
        plans.adopt(plan, new Adoption(LocalDate.of(year - 1, 12, 15), "§ 303", "ASN-" + (year - 1) + "-1234",
                committeeName), planQuery.plan(plan).version());
        return plan;
    }

    /**
     * The content of reference/003 (2025 tertial 2, {@link ReferencePlans#tertial2Of2025}) entered for this fresh
     * committee: the two direct actions and the committee's review, reported, with the log-control table.
     */
    long plan2025() {
        long vissel = risk(ReferencePlans.VISSELBLASARE, 2, 3);
        long intrang = risk(ReferencePlans.INTERNT_DATAINTRANG, 2, 4);
        long register = risk(ReferencePlans.REGISTERKONTROLL, 3, 4);
        long[] ids = new long[3];
        long plan = adoptedPlan(2025, List.of(
                ItemDraft.directAction(vissel, VISSEL_TITLE, staffId, null, Period.T2, VISSEL_VAD),
                ItemDraft.directAction(intrang, UTV_TITLE, staffId, null, Period.T2, UTV_VAD),
                ItemDraft.review(register, REG_TITLE, staffId, null, Period.T2, ReviewKind.NAMNDENS, REG_OMRADEN,
                        REG_SYFTE, REG_OMFATTNING, REG_METOD, null)), ids);
        plans.reportAction(ids[0], new ActionReport(VISSEL_GJORT, ActionStatus.FINAL_REPORT_AT, null, 2025,
                Period.ANNUAL), planQuery.item(ids[0]).version());
        plans.reportAction(ids[1], new ActionReport(UTV_GJORT, ActionStatus.DONE, null, null, null,
                List.of(LOG_TABLE)), planQuery.item(ids[1]).version());
        plans.reportReview(ids[2], new ReviewReport(REG_RESULTAT, null, null, null, REG_ATGARDER, List.of()),
                planQuery.item(ids[2]).version());
        return plan;
    }

    long risk(ReferencePlans.Risk risk, int likelihood, int consequenceLevel) {
        return risk(risk.title(), risk.event(), risk.cause(), risk.consequence(), risk.category(), likelihood,
                consequenceLevel);
    }
}
