package se.vaksam.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.vaksam.VaksamTest;
import se.vaksam.risk.RiskQuery;
import se.vaksam.shared.Period;
import se.vaksam.support.WebClient;

/** A risk's page shows the plan items that treat it: the plan links its items through the risk module's API. */
@VaksamTest
class RiskLinkTests {

    @LocalServerPort
    int port;

    @Autowired
    PlanManagement plans;

    @Autowired
    PlanQuery query;

    @Autowired
    RiskQuery risks;

    @Autowired
    JdbcClient jdbc;

    FollowUpFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new FollowUpFixtures(plans, jdbc);
        FollowUpFixtures.signInAs("ik.samordnare");
    }

    @AfterEach
    void tearDown() {
        FollowUpFixtures.signOut();
    }

    long risk(String title) {
        return jdbc.sql("select id from risk where title = ?").param(title).query(Long.class).single();
    }

    @Test
    void aRisksPageListsThePlanItemsThatTreatItAndForgetsThemWhenMovedOrRemoved() {
        long attest = risk("Felaktig attestering av ekonomiskt bistånd");
        long purchase = risk("Inköpsrutinen följs inte");
        long plan = fixtures.plan(2003);
        long item = plans.addItem(plan, ItemDraft.review(attest, "Granskning av attest i ekonomiskt bistånd",
                fixtures.unit("IFO-BU-MOT-1"), "ifo.sek.mot1", Period.T2, ReviewKind.NAMNDENS, "Attestrutinen",
                "Kontrollera att attesten följs", "20 slumpvis utvalda utbetalningar", "Stickprov", "kval.controller"),
                null);
        String link = Long.toString(item);
        assertThat(risks.links(attest)).contains(new RiskQuery.Link("plan.item", link));

        WebClient coordinator = new WebClient(port);
        coordinator.login("ik.samordnare", "vaksam");
        assertThat(coordinator.get("/risks/" + attest).body()).contains("Punkt i internkontrollplanen",
                "Granskning av attest i ekonomiskt bistånd (Arbetsmarknads- och socialnämnden, 2003)",
                "href=\"/plan-items/" + item + "\"");

        PlanQuery.ItemView view = query.item(item);
        plans.editItem(item, new ItemDraft(view.kind(), purchase, view.title(), view.responsibleUnitId(),
                view.responsibleUsername(), view.period(), view.reviewKind(), null, null, view.areas(), view.purpose(),
                view.scope(), view.method(), view.reviewerUsername(), null), view.version(), null);
        assertThat(risks.links(attest)).doesNotContain(new RiskQuery.Link("plan.item", link));
        assertThat(risks.links(purchase)).contains(new RiskQuery.Link("plan.item", link));
        assertThat(coordinator.get("/risks/" + attest).body()).doesNotContain("/plan-items/" + item + "\"");
        assertThat(coordinator.get("/risks/" + purchase).body()).contains("/plan-items/" + item + "\"");

        plans.removeItem(item, query.item(item).version(), null);
        assertThat(risks.links(purchase)).doesNotContain(new RiskQuery.Link("plan.item", link));
    }
}
