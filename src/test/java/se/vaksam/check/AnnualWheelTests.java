package se.vaksam.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import se.vaksam.VaksamTest;
import se.vaksam.shared.AccessScope;
import se.vaksam.shared.DomainException;
import se.vaksam.support.WebClient;

/**
 * The annual wheel: a self-inspection planned for last March is overdue, shows on the section head's
 * "Mina uppgifter", needs its result to be completed, and once completed is published for the quality work.
 */
@VaksamTest
@RecordApplicationEvents
class AnnualWheelTests {

    @LocalServerPort
    int port;

    @Autowired
    Duties duties;

    @Autowired
    DutyTasks tasks;

    @Autowired
    ApplicationEvents events;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }

    private long id(String sql, String param) {
        return jdbc.sql(sql).param(param).query(Long.class).single();
    }

    @Test
    void aMonthlyDutyIsListedOnceOnTheStartPageWithHowManyOccurrencesAreOverdue() {
        LogFollowUpTests.signInAs("ik.samordnare");
        long unit = id("select id from org_unit where code = ?", "IFO-BU-MOT");
        duties.create(new Duties.DutyDraft("Månadsvis: kontroll för startsidan", DutyRule.MONTHLY, 1, null, 0,
                "SECTION_HEAD", unit, false));

        long sectionHead = id("select id from person where username = ?", "ifo.sek.mot1");
        LocalDate today = LocalDate.now(clock);
        var listed = tasks.openTasks(new AccessScope("ifo.sek.mot1", sectionHead, false, Set.of(), Set.of(), Set.of()))
                .stream().filter(t -> t.title().equals("Månadsvis: kontroll för startsidan")).toList();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).messageKey()).isEqualTo("check.task.overdue");
        assertThat(listed.get(0).due()).isEqualTo(today.minusMonths(Duties.LOOK_BACK_MONTHS).withDayOfMonth(1)
                .plusMonths(today.getDayOfMonth() == 1 ? 0 : 1));
        assertThat(listed.get(0).overdue()).isEqualTo(Duties.LOOK_BACK_MONTHS);
    }

    @Test
    void aSelfInspectionOnTheWheelIsRemindedCompletedAndPublished() {
        LogFollowUpTests.signInAs("ik.samordnare");
        long unit = id("select id from org_unit where code = ?", "IFO-BU-MOT");
        LocalDate due = LocalDate.now(clock).minusMonths(2).withDayOfMonth(15);
        long duty = duties.create(new Duties.DutyDraft("Egenkontroll: journalföring inom mottagningen",
                DutyRule.YEARLY, 15, due.getMonthValue(), 0, "SECTION_HEAD", unit, true));

        assertThat(duties.overdue()).anySatisfy(o -> {
            assertThat(o.dutyId()).isEqualTo(duty);
            assertThat(o.dueOn()).isEqualTo(due);
        });
        long sectionHead = id("select id from person where username = ?", "ifo.sek.mot1");
        assertThat(tasks.openTasks(new AccessScope("ifo.sek.mot1", sectionHead, false, Set.of(), Set.of(), Set.of())))
                .anySatisfy(t -> {
                    assertThat(t.title()).isEqualTo("Egenkontroll: journalföring inom mottagningen");
                    assertThat(t.messageKey()).isEqualTo("check.task.overdue");
                    assertThat(t.due()).isEqualTo(due);
                });
        WebClient web = new WebClient(port);
        web.login("ifo.sek.mot1", "vaksam");
        assertThat(web.get("/").body()).contains("Egenkontroll: journalföring inom mottagningen");
        long employee = id("select id from person where username = ?", "ifo.soc1");
        assertThat(tasks.openTasks(new AccessScope("ifo.soc1", employee, false, Set.of(), Set.of(), Set.of())))
                .as("an employee is not in the section heads' target group")
                .noneMatch(t -> t.title().equals("Egenkontroll: journalföring inom mottagningen"));

        LogFollowUpTests.signInAs("ifo.sek.mot1");
        assertThatThrownBy(() -> duties.complete(duty, due, " ")).isInstanceOf(DomainException.class)
                .hasMessage("check.duty.error.result");
        assertThatThrownBy(() -> duties.complete(duty, due.plusDays(1), "Klart")).isInstanceOf(DomainException.class)
                .hasMessage("check.duty.error.notDue");
        duties.complete(duty, due, "12 journaler granskade, 2 saknade signering.");

        assertThat(events.stream(SelfInspectionCompleted.class)).singleElement()
                .isEqualTo(new SelfInspectionCompleted(unit, "Egenkontroll: journalföring inom mottagningen",
                        "12 journaler granskade, 2 saknade signering.", due));
        assertThat(duties.overdue()).noneMatch(o -> o.dutyId() == duty);
        assertThatThrownBy(() -> duties.complete(duty, due, "Igen")).hasMessage("check.duty.error.alreadyDone");
    }

    @Test
    void rulesGiveTheirDueDates() {
        // monthly on the 31st: February 2026 has 28 days → 28 Feb
        assertThat(DutyRule.MONTHLY.dueDates(31, null, 0, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)))
                .containsExactly(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 31));
        // ten days before each tertial's end (30 Apr, 31 Aug, 31 Dec)
        assertThat(DutyRule.BEFORE_TERTIAL.dueDates(1, null, 10, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .containsExactly(LocalDate.of(2026, 4, 20), LocalDate.of(2026, 8, 21), LocalDate.of(2026, 12, 21));
        assertThat(DutyRule.YEARLY.dueDates(1, 9, 0, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31)))
                .isEqualTo(List.of(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 9, 1)));
    }
}
