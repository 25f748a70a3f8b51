package se.vaksam.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.vaksam.VaksamTest;
import se.vaksam.security.ApiTokens;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.ForbiddenException;
import se.vaksam.shared.Period;
import se.vaksam.support.ApiClient;
import se.vaksam.support.WebClient;

/** Tertial follow-up: who has reported, "klar för nämnden", deadlines as data, and "Mina uppgifter". */
@VaksamTest
class FollowUpTests {

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    FollowUps followUps;

    @Autowired
    FollowUpReminders reminders;

    @Autowired
    PlanManagement plans;

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

    @Test
    void theFollowUpIsRefusedForTheCommitteeWhileItemsAreUnreportedUnlessOverriddenWithAReason() {
        long plan = fixtures.plan(2017);
        long first = fixtures.directAction(plan, "Åtgärd: kontrollera ID vid anställning", "ifo.sek.mot1", Period.T1);
        long second = fixtures.directAction(plan, "Åtgärd: gallra sociala medier", "ifo.sek.mot1", Period.T1);
        fixtures.directAction(plan, "Åtgärd: rapporteras i tertial 2", "ifo.sek.mot1", Period.T2);
        fixtures.adopt(plan, 2017);

        FollowUpView t1 = followUps.followUp(plan, Period.T1);
        assertThat(t1.items()).hasSize(2);
        assertThat(t1.unreported()).isEqualTo(2);
        assertThat(t1.dueOn()).isEqualTo(LocalDate.of(2017, 5, 15));
        assertThatThrownBy(() -> followUps.markReady(plan, Period.T1, false, null))
                .isInstanceOf(DomainException.class).hasMessage("plan.followup.error.unreported");
        assertThatThrownBy(() -> followUps.markReady(plan, Period.T1, true, " "))
                .isInstanceOf(DomainException.class).hasMessage("plan.followup.error.reasonRequired");

        ApiClient coordinator = new ApiClient(port, tokens, "ik.samordnare");
        HttpResponse<String> refused = coordinator.send("POST", "/api/v1/follow-ups/" + plan + "/T1/ready", "{}");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("2 punkter är inte rapporterade");
        assertThat(followUps.followUp(plan, Period.T1).ready()).isFalse();

        fixtures.reportDone(first);
        assertThat(followUps.followUp(plan, Period.T1).items()).filteredOn(FollowUpView.Row::reported)
                .extracting(FollowUpView.Row::itemId).containsExactly(first);
        fixtures.reportDone(second);
        followUps.markReady(plan, Period.T1, false, null);
        FollowUpView ready = followUps.followUp(plan, Period.T1);
        assertThat(ready.ready()).isTrue();
        assertThat(ready.readyBy()).isEqualTo("ik.samordnare");
        assertThat(ready.overrideReason()).isNull();

        followUps.markReady(plan, Period.T2, true, "Enheten är under omorganisation; rapporteras i nästa tertial");
        assertThat(followUps.followUp(plan, Period.T2).overrideReason()).startsWith("Enheten är under omorganisation");
    }

    @Test
    void onlyThoseWhoManageThePlanMarkItsFollowUpReady() {
        long plan = fixtures.plan(2018);
        fixtures.adopt(plan, 2018);
        FollowUpFixtures.signInAs("ifo.sek.mot1");
        assertThat(followUps.followUp(plan, Period.T1).manageable()).isFalse();
        assertThatThrownBy(() -> followUps.markReady(plan, Period.T1, false, null))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void dueDatesArePerPeriodDataWithTheAnnualFollowUpInTheNextYear() {
        assertThat(followUps.deadlines(2017)).extracting(FollowUps.Deadline::dueOn).containsExactly(
                LocalDate.of(2017, 5, 15), LocalDate.of(2017, 9, 15), LocalDate.of(2018, 1, 31));
        assertThatThrownBy(() -> followUps.changeDeadline(Period.T1, 5, 20, 0))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theAdministratorChangesAPeriodsDueDateOnTheFollowUpPage() {
        WebClient admin = new WebClient(port);
        admin.login("admin", "vaksam");
        try {
            HttpResponse<String> changed = admin.submit("/follow-ups", "/follow-ups/deadlines/T1",
                    Map.of("dueDay", "20", "dueMonth", "5", "yearsAfter", "0"));
            assertThat(changed.statusCode()).isEqualTo(302);
            assertThat(followUps.deadlines(2017).get(0).dueOn()).isEqualTo(LocalDate.of(2017, 5, 20));
            assertThat(admin.get("/follow-ups").body()).contains("20/5 samma år");
            HttpResponse<String> refused = admin.submit("/follow-ups", "/follow-ups/deadlines/T1",
                    Map.of("dueDay", "40", "dueMonth", "5", "yearsAfter", "0"));
            assertThat(refused.statusCode()).isEqualTo(422);
            assertThat(refused.body()).contains("Ange en giltig månad");
        } finally {
            FollowUpFixtures.signInAs("admin");
            followUps.changeDeadline(Period.T1, 5, 15, 0);
        }
        WebClient sectionHead = new WebClient(port);
        sectionHead.login("ifo.sek.mot1", "vaksam");
        assertThat(sectionHead.submit("/follow-ups", "/follow-ups/deadlines/T1",
                Map.of("dueDay", "1", "dueMonth", "6", "yearsAfter", "0")).statusCode()).isEqualTo(403);
        assertThat(followUps.deadlines(2017).get(0).dueOn()).isEqualTo(LocalDate.of(2017, 5, 15));
    }

    @Test
    void withoutAMailServerNoRemindersAreSentOrRecorded() {
        long plan = fixtures.plan(2019);
        fixtures.directAction(plan, "Åtgärd: utan e-post", "ifo.sek.mot1", Period.T1);
        fixtures.adopt(plan, 2019);
        assertThat(reminders.run(LocalDate.of(2019, 5, 10))).isZero();
        assertThat(reminders.run(LocalDate.of(2019, 6, 10))).isZero();
        assertThat(jdbc.sql("select count(*) from follow_up_reminder where plan_id = ?").param(plan)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void theStartPageListsTheResponsiblesItemsAndTheCoordinatorsOpenFollowUps() {
        long plan = fixtures.plan(2010);
        long item = fixtures.directAction(plan, "Åtgärd: kontrollera loggar i Treserva", "ifo.sek.mot1", Period.T1);
        fixtures.directAction(plan, "Åtgärd: någon annans punkt", "ifo.sek.mot2", Period.T1);
        fixtures.adopt(plan, 2010);

        WebClient responsible = new WebClient(port);
        responsible.login("ifo.sek.mot1", "vaksam");
        String home = responsible.get("/").body();
        assertThat(home).contains("Rapportera planpunkt", "Åtgärd: kontrollera loggar i Treserva",
                "/plan-items/" + item, "2010-05-15");
        assertThat(home).doesNotContain("Åtgärd: någon annans punkt");

        WebClient coordinator = new WebClient(port);
        coordinator.login("ik.samordnare", "vaksam");
        assertThat(coordinator.get("/").body()).contains("Uppföljning tertial 1 med ej rapporterade punkter",
                "/plans/" + plan + "/follow-up/T1");
        HttpResponse<String> page = coordinator.get("/plans/" + plan + "/follow-up/T1");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Åtgärd: kontrollera loggar i Treserva", "Försenad");
        String token = WebClient.csrfFrom(page.body());
        HttpResponse<String> refused = coordinator.postForm("/plans/" + plan + "/follow-up/T1/ready",
                Map.of("_csrf", token));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("2 punkter är inte rapporterade");

        fixtures.reportDone(item);
        assertThat(responsible.get("/").body()).doesNotContain("Åtgärd: kontrollera loggar i Treserva");
    }
}
