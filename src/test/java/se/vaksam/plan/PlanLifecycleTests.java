package se.vaksam.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import se.vaksam.VaksamTest;
import se.vaksam.history.HistoryQuery;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.ForbiddenException;
import se.vaksam.shared.Period;

@VaksamTest
class PlanLifecycleTests {

    @Autowired
    PlanManagement plans;

    @Autowired
    ImprovementManagement improvements;

    @Autowired
    PlanQuery query;

    @Autowired
    HistoryQuery history;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void signIn() {
        signInAs("ik.samordnare");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static void signInAs(String username) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
    }

    long unit(String code) {
        return jdbc.sql("select id from org_unit where code = ?").param(code).query(Long.class).single();
    }

    long risk(String title) {
        return jdbc.sql("select id from risk where title = ?").param(title).query(Long.class).single();
    }

    static final Adoption ADOPTION = new Adoption(LocalDate.of(2029, 12, 14), "§ 303", "ASN-2029-1234",
            "Arbetsmarknads- och socialnämnden");

    @Test
    void adoptingAPlanFreezesItsItems() {
        long plan = plans.createPlan(unit("ASN"), 2030);
        long item = plans.addItem(plan, ItemDraft.directAction(risk("Inköpsrutinen följs inte"),
                "Implementera inköpsrutinen", unit("ASF-STAB"), "planering", Period.T1, "Utbilda beställare."), null);
        assertThat(query.item(item).riskSentence()).startsWith("Risk för att förvaltningens inköpsrutin inte följs");
        assertThat(query.item(item).origin()).isEqualTo(ItemOrigin.MANUAL); // no risk analysis for 2029 or 2030

        plans.adopt(plan, ADOPTION, query.plan(plan).version());
        assertThat(query.plan(plan).status()).isEqualTo(PlanStatus.ADOPTED);
        assertThat(query.plan(plan).paragraph()).isEqualTo("§ 303");

        ItemDraft another = ItemDraft.directAction(null, "Ny åtgärd", unit("ASF-STAB"), null, Period.T2, "Göra.");
        assertThatThrownBy(() -> plans.addItem(plan, another, null)).isInstanceOf(DomainException.class)
                .hasMessage("plan.change.error.decisionRequired");
        assertThatThrownBy(() -> plans.removeItem(item, query.item(item).version(), null))
                .isInstanceOf(DomainException.class);
        assertThat(query.items(plan)).hasSize(1);

        long added = plans.addItem(plan, another, new ChangeDecision(LocalDate.of(2030, 3, 2), "Beslut i AU § 12"));
        assertThat(query.items(plan)).extracting(PlanQuery.ItemView::id).containsExactly(item, added);
        assertThat(query.changes(plan)).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("ADDED");
            assertThat(c.reason()).isEqualTo("Beslut i AU § 12");
        });
        assertThat(history.historyOf("plan.plan", Long.toString(plan)))
                .anySatisfy(e -> assertThat(e.reason()).isEqualTo("Beslut i AU § 12"));
    }

    @Test
    void illegalTransitionsAreRefused() {
        long plan = plans.createPlan(unit("ASN"), 2031);
        assertThatThrownBy(() -> plans.close(plan, query.plan(plan).version())).isInstanceOf(DomainException.class)
                .hasMessage("plan.close.error.notAdopted");
        assertThatThrownBy(() -> plans.adopt(plan, new Adoption(null, "§ 1", "x", "y"), 0))
                .hasMessage("plan.adopt.error.incomplete");
        plans.adopt(plan, ADOPTION, query.plan(plan).version());
        assertThatThrownBy(() -> plans.adopt(plan, ADOPTION, query.plan(plan).version()))
                .hasMessage("plan.adopt.error.notDraft");
        assertThatThrownBy(() -> plans.createPlan(unit("ASN"), 2031)).hasMessage("plan.create.error.exists");
        assertThatThrownBy(() -> plans.createPlan(unit("ASF"), 2031)).hasMessage("plan.create.error.notCommittee");
    }

    @Test
    void onlyTheResponsibleUnitReportsAndAStaleSaveConflicts() {
        long plan = plans.createPlan(unit("ASN"), 2032);
        long item = plans.addItem(plan, ItemDraft.directAction(null, "Handläggningstider", unit("IFO-BU-MOT-1"),
                "ifo.sek.mot1", Period.T1, "Följ upp."), null);
        plans.adopt(plan, ADOPTION, query.plan(plan).version());
        int version = query.item(item).version();

        signInAs("ifo.sek.mot2");
        assertThatThrownBy(() -> plans.reportAction(item, ActionReport.of("Inte min", ActionStatus.DONE), version))
                .isInstanceOf(ForbiddenException.class);
        signInAs("ifo.sek.mot1");
        assertThat(query.item(item).actionsTaken()).isNull();
        plans.reportAction(item, ActionReport.of("Genomgång gjord.", ActionStatus.IN_PROGRESS), version);
        assertThatThrownBy(() -> plans.reportAction(item, ActionReport.of("Annan text", ActionStatus.DONE), version))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(query.item(item).actionsTaken()).isEqualTo("Genomgång gjord.");
        assertThat(query.item(item).reportedBy()).isEqualTo("ifo.sek.mot1");
        assertThatThrownBy(() -> plans.reportAction(item,
                new ActionReport("x", ActionStatus.MOVED_TO_PLAN, 2031, null, null), query.item(item).version()))
                .hasMessage("plan.report.error.movedToYear");
    }

    @Test
    void nothingOpenSilentlyDisappearsAtYearEnd() {
        long plan = plans.createPlan(unit("ASN"), 2033);
        long review = plans.addItem(plan, ItemDraft.review(risk("Felaktig attestering av ekonomiskt bistånd"),
                "Attest av utbetalningar", unit("AMA-EB"), "ama.avd.eb", Period.T2, ReviewKind.NAMNDENS,
                "Attestrutinen", "Kontrollera attest", "Tio ärenden", "Stickprov", "ik.samordnare"), null);
        plans.adopt(plan, ADOPTION, query.plan(plan).version());
        long carried = improvements.create(review, new ImprovementDraft("Uppdatera attestrutinen", null,
                unit("AMA-EB"), "ama.avd.eb", LocalDate.of(2033, 11, 30), ImprovementStatus.IN_PROGRESS));
        long proposed = improvements.create(review, new ImprovementDraft("Utbilda i attest", null, unit("AMA-EB"),
                null, LocalDate.of(2033, 12, 31), ImprovementStatus.NOT_STARTED));
        long done = improvements.create(review, new ImprovementDraft("Ny blankett", null, unit("AMA-EB"), null,
                null, ImprovementStatus.DONE));
        improvements.addNote(carried, LocalDate.of(2033, 10, 1), "Utkast klart.");

        assertThatThrownBy(() -> plans.close(plan, query.plan(plan).version()))
                .hasMessage("plan.close.error.openActions");
        improvements.dispose(carried, Disposition.CARRIED_TO_FOLLOW_UP, null, null,
                query.improvementAction(carried).version());
        assertThatThrownBy(() -> plans.close(plan, query.plan(plan).version()))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> improvements.dispose(proposed, Disposition.OTHER_PROCESS, null, null,
                query.improvementAction(proposed).version())).hasMessage("plan.disposition.error.required");
        assertThatThrownBy(() -> improvements.dispose(done, Disposition.CARRIED_TO_FOLLOW_UP, null, null,
                query.improvementAction(done).version())).hasMessage("plan.disposition.error.notOpen");
        improvements.dispose(proposed, Disposition.PROPOSED_FOR_NEXT_PLAN, null, "Förnyad granskning",
                query.improvementAction(proposed).version());
        plans.close(plan, query.plan(plan).version());
        assertThat(query.plan(plan).status()).isEqualTo(PlanStatus.CLOSED);

        long next = plans.createPlan(unit("ASN"), 2034);
        assertThat(query.candidates(next)).anySatisfy(c -> {
            assertThat(c.source()).isEqualTo(PlanQuery.CandidateSource.PROPOSAL);
            assertThat(c.title()).isEqualTo("Utbilda i attest");
            assertThat(c.originTitle()).isEqualTo("Attest av utbetalningar");
        });
        assertThat(query.carriedIntoFollowUp(unit("ASN"), 2034)).extracting(PlanQuery.ImprovementView::title)
                .containsExactly("Uppdatera attestrutinen");
        assertThat(query.improvementAction(carried).notes()).extracting(PlanQuery.Note::text)
                .containsExactly("Utkast klart.");
    }

    @Test
    void aCarriedActionStaysChangeableAfterItsPlanClosesUntilItIsFinished() {
        long plan = plans.createPlan(unit("ASN"), 2035);
        long review = plans.addItem(plan, ItemDraft.review(null, "Granskning av delegation", unit("AMA-EB"),
                "ama.avd.eb", Period.T2, ReviewKind.NAMNDENS, "Delegation", "Följs delegationen", "Tio beslut",
                "Stickprov", "ik.samordnare"), null);
        plans.adopt(plan, new Adoption(LocalDate.of(2025, 12, 10), "§ 9", "ASN-2025-9", "ASN"),
                query.plan(plan).version());
        long carried = improvements.create(review, new ImprovementDraft("Revidera delegationsordningen", null,
                unit("AMA-EB"), "ama.avd.eb", LocalDate.of(2026, 6, 30), ImprovementStatus.IN_PROGRESS));
        long proposed = improvements.create(review, new ImprovementDraft("Granska delegationen igen", null,
                unit("AMA-EB"), null, null, ImprovementStatus.NOT_STARTED));
        improvements.dispose(carried, Disposition.CARRIED_TO_FOLLOW_UP, null, null,
                query.improvementAction(carried).version());
        improvements.dispose(proposed, Disposition.PROPOSED_FOR_NEXT_PLAN, null, ItemKind.REVIEW, "Förnyad granskning",
                query.improvementAction(proposed).version());

        assertThatThrownBy(() -> plans.close(plan, LocalDate.of(2026, 12, 4), query.plan(plan).version()))
                .hasMessage("plan.close.error.date");
        plans.close(plan, LocalDate.of(2026, 11, 26), query.plan(plan).version());
        assertThat(query.plan(plan).closedOn()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(query.candidates(plans.createPlan(unit("ASN"), 2036)))
                .filteredOn(c -> c.title().equals("Granska delegationen igen")).singleElement()
                .satisfies(c -> assertThat(c.kind()).isEqualTo(ItemKind.REVIEW));

        signInAs("ama.avd.eb");
        assertThat(query.improvementAction(carried).writable()).isTrue();
        assertThat(query.improvementAction(proposed).writable()).isFalse();
        assertThatThrownBy(() -> improvements.edit(proposed, new ImprovementDraft("Granska delegationen igen", null,
                unit("AMA-EB"), null, null, ImprovementStatus.IN_PROGRESS), query.improvementAction(proposed).version()))
                .hasMessage("plan.error.closed");
        improvements.addNote(carried, LocalDate.of(2027, 2, 1), "Ny delegationsordning antagen.");
        improvements.edit(carried, new ImprovementDraft("Revidera delegationsordningen", null, unit("AMA-EB"),
                "ama.avd.eb", LocalDate.of(2026, 6, 30), ImprovementStatus.DONE),
                query.improvementAction(carried).version());
        assertThat(query.improvementAction(carried).status()).isEqualTo(ImprovementStatus.DONE);
        assertThat(query.improvementAction(carried).writable()).isFalse();
        assertThatThrownBy(() -> improvements.addNote(carried, LocalDate.of(2027, 3, 1), "Efteråt."))
                .hasMessage("plan.improvement.error.finished");
        assertThat(query.carriedIntoFollowUp(unit("ASN"), 2036)).filteredOn(a -> a.id() == carried).singleElement()
                .satisfies(a -> assertThat(a.notes()).extracting(PlanQuery.Note::text)
                        .containsExactly("Ny delegationsordning antagen."));
    }
}
