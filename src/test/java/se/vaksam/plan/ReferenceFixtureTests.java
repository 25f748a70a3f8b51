package se.vaksam.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vaksam.plan.ReferencePlans.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;

import se.vaksam.VaksamTest;
import se.vaksam.org.OrgQuery;
import se.vaksam.risk.RiskManagement;
import se.vaksam.risk.RiskQuery;
import se.vaksam.security.ApiTokens;
import se.vaksam.shared.Period;
import se.vaksam.support.ApiClient;

/**
 * The 2023 T1 follow-up (reference/002) and the 2025 T2 follow-up (reference/003) entered field for field
 * through the public API by {@link ReferencePlans}, and read back identically through {@link PlanQuery},
 * {@link RiskQuery} and {@code /api/v1}.
 */
@VaksamTest
class ReferenceFixtureTests {

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    PlanManagement plans;

    @Autowired
    PlanQuery query;

    @Autowired
    RiskManagement riskManagement;

    @Autowired
    RiskQuery risks;

    @Autowired
    OrgQuery org;

    ReferencePlans.Services services;

    @BeforeEach
    void signIn() {
        PlanLifecycleTests.signInAs("ik.samordnare");
        services = new ReferencePlans.Services(plans, query, riskManagement, risks, org);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theFirstTertialOf2023ReadsBackFieldForField() {
        ReferencePlans.Entered entered = ReferencePlans.tertial1Of2023(services);
        assertThat(ReferencePlans.tertial1Of2023(services)).as("entered once").isEqualTo(entered);

        PlanQuery.PlanView plan = query.plan(entered.planId());
        assertThat(plan.year()).isEqualTo(2023);
        assertThat(plan.committeeName()).isEqualTo("Arbetsmarknads- och socialnämnden");
        assertThat(plan.status()).isEqualTo(PlanStatus.ADOPTED);
        assertThat(plan.decidedOn()).isEqualTo(LocalDate.of(2022, 12, 15));
        assertThat(query.items(entered.planId())).extracting(PlanQuery.ItemView::title)
                .containsExactly(BOENDE_TITLE, LOGG_TITLE);

        PlanQuery.ItemView boende = query.item(entered.item(0));
        assertRisk(boende, BOENDE);
        assertThat(boende.kind()).isEqualTo(ItemKind.DIRECT_ACTION);
        assertThat(boende.responsibleUnitName()).isEqualTo("Avdelningen för boende");
        assertThat(boende.period()).isEqualTo(Period.T1);
        assertThat(boende.whatToDo()).isEqualTo(BOENDE_VAD).startsWith("Utveckla ett arbetssätt");
        assertThat(boende.actionsTaken()).isEqualTo(BOENDE_GJORT)
                .endsWith("slutrapporteras i samband med årsuppföljningen av internkontrollplan 2023.");
        assertThat(boende.actionStatus()).isEqualTo(ActionStatus.FINAL_REPORT_AT);
        assertThat(boende.finalReportYear()).isEqualTo(2023);
        assertThat(boende.finalReportPeriod()).isEqualTo(Period.ANNUAL);
        assertThat(boende.tables()).isEmpty();
        assertThat(boende.reported()).isTrue();

        PlanQuery.ItemView logg = query.item(entered.item(1));
        assertRisk(logg, DATAINTRANG);
        assertThat(logg.responsibleUnitName()).isEqualTo("Stab och administration");
        assertThat(logg.period()).isEqualTo(Period.T1);
        assertThat(logg.whatToDo()).isEqualTo(LOGG_VAD);
        assertThat(logg.actionsTaken()).isEqualTo(LOGG_GJORT).contains("\n- Rutinen behöver kompletteras med en "
                + "beskrivning av arbetssätt och åtgärder vid misstänkt eller bekräftat olovligt dataintrång.\n- Den");
        assertThat(logg.actionStatus()).isEqualTo(ActionStatus.FINAL_REPORT_AT);
        assertThat(logg.finalReportPeriod()).isEqualTo(Period.ANNUAL);
    }

    @Test
    void theSecondTertialOf2025WithTheLogControlTableReadsBackFieldForField() {
        ReferencePlans.Entered entered = ReferencePlans.tertial2Of2025(services);

        PlanQuery.PlanView plan = query.plan(entered.planId());
        assertThat(plan.year()).isEqualTo(2025);
        assertThat(plan.decidedOn()).isEqualTo(LocalDate.of(2025, 1, 29));
        assertThat(query.items(entered.planId())).extracting(PlanQuery.ItemView::kind)
                .containsExactly(ItemKind.DIRECT_ACTION, ItemKind.DIRECT_ACTION, ItemKind.REVIEW);

        PlanQuery.ItemView vissel = query.item(entered.item(0));
        assertRisk(vissel, VISSELBLASARE);
        assertThat(vissel.riskSentence()).startsWith("Risk för brister i hanteringen");
        assertThat(vissel.title()).isEqualTo(VISSEL_TITLE);
        assertThat(vissel.period()).isEqualTo(Period.T2);
        assertThat(vissel.whatToDo()).isEqualTo(VISSEL_VAD);
        assertThat(vissel.actionsTaken()).isEqualTo(VISSEL_GJORT).contains("\n\nPlanering inför hösten 2025\n\n");
        assertThat(vissel.actionStatus()).isEqualTo(ActionStatus.FINAL_REPORT_AT);
        assertThat(vissel.finalReportYear()).isEqualTo(2025);
        assertThat(vissel.finalReportPeriod()).isEqualTo(Period.ANNUAL);

        PlanQuery.ItemView logg = query.item(entered.item(1));
        assertRisk(logg, INTERNT_DATAINTRANG);
        assertThat(logg.title()).isEqualTo(UTV_TITLE);
        assertThat(logg.whatToDo()).isEqualTo(UTV_VAD);
        assertThat(logg.actionsTaken()).isEqualTo(UTV_GJORT).contains("Resultat av enkätundersökning och gruppintervju",
                "Skapa en gemensam hantering av avvikelser");
        assertThat(logg.actionStatus()).isEqualTo(ActionStatus.DONE);
        assertThat(logg.tables()).containsExactly(LOG_TABLE);
        ResultTable table = logg.tables().get(0);
        assertThat(table.columns()).extracting(ResultTable.Column::header)
                .containsExactly("År", "Antal diarieförda kontroller");
        assertThat(table.rows()).hasSize(5);
        assertThat(table.rows().get(0).get(0).number()).isEqualByComparingTo(new BigDecimal(2020));
        assertThat(table.rows().get(4).get(1).number()).isEqualByComparingTo(new BigDecimal(1117));
        assertThat(table.rows().stream().map(r -> r.get(1).display()).toList())
                .containsExactly("370", "453", "802", "996", "1117");

        PlanQuery.ItemView review = query.item(entered.item(2));
        assertRisk(review, REGISTERKONTROLL);
        assertThat(review.kind()).isEqualTo(ItemKind.REVIEW);
        assertThat(review.reviewKind()).isEqualTo(ReviewKind.NAMNDENS);
        assertThat(review.title()).isEqualTo(REG_TITLE);
        assertThat(review.period()).isEqualTo(Period.T2);
        assertThat(review.areas()).isEqualTo(REG_OMRADEN);
        assertThat(review.purpose()).isEqualTo(REG_SYFTE);
        assertThat(review.scope()).isEqualTo(REG_OMFATTNING);
        assertThat(review.method()).isEqualTo(REG_METOD);
        assertThat(review.result()).isEqualTo(REG_RESULTAT).contains("Stickprovskontroll av rekryteringar",
                "Resultatet jämfört med granskningen 2022");
        assertThat(review.cause()).isNull();
        assertThat(review.analysis()).isNull();
        assertThat(review.conclusion()).isNull();
        assertThat(review.ledToActions()).isEqualTo(REG_ATGARDER);
        assertThat(review.reported()).isTrue();

        String json = new ApiClient(port, tokens, "ik.samordnare").get("/api/v1/plan-items/" + logg.id()).body();
        assertThat(json).contains("\"caption\":\"Diarieförda loggkontroller\"", "\"header\":\"År\"",
                "\"number\":1117");
    }

    private void assertRisk(PlanQuery.ItemView item, ReferencePlans.Risk risk) {
        assertThat(item.riskTitle()).isEqualTo(risk.title());
        assertThat(item.riskSentence()).isEqualTo(risk.sentence());
        RiskQuery.RiskView stored = risks.risk(item.riskId());
        assertThat(stored.title()).isEqualTo(risk.title());
        assertThat(stored.sentence()).isEqualTo(risk.sentence());
    }
}
