package se.vaksam.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import se.vaksam.VaksamTest;
import se.vaksam.security.ApiTokens;
import se.vaksam.shared.Access;
import se.vaksam.shared.TaskSource;
import se.vaksam.support.ApiClient;

/** The coordinator's start page counts the wheel's overdue due dates; completing one counts it off. */
@VaksamTest
class OverdueDutiesFigureTests {

    @LocalServerPort
    int port;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    DutyTasks tasks;
    @Autowired
    Duties duties;
    @Autowired
    Access access;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theCoordinatorSeesHowManyDueDatesPassedUndoneAndOthersSeeNoSuchFigure() {
        long unit = jdbc.sql("select id from org_unit where code = 'IFO-BU-MOT'").query(Long.class).single();
        long before = overdueFigure("ik.samordnare");

        HttpResponse<String> created = new ApiClient(port, tokens, "ik.samordnare").send("POST",
                "/api/v1/recurring-duties", """
                        {"title":"Stäm av kassan varje månad","rule":"MONTHLY","dayOfMonth":1,
                         "targetRole":"EMPLOYEE","unitId":%d}""".formatted(unit));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long duty = jdbc.sql("select id from check_duty where title = 'Stäm av kassan varje månad'")
                .query(Long.class).single();
        long added = overdueFigure("ik.samordnare") - before;
        assertThat(added).as("the new monthly duty's past due dates").isPositive();

        LocalDate lastFirst = LocalDate.now(clock).minusDays(1).withDayOfMonth(1);
        signIn("ik.samordnare");
        duties.complete(duty, lastFirst, "Avstämt");
        assertThat(overdueFigure("ik.samordnare")).isEqualTo(before + added - 1);

        signIn("ifo.soc1");
        assertThat(tasks.figures(access.current())).isEmpty();
    }

    private long overdueFigure(String username) {
        signIn(username);
        List<TaskSource.Figure> figures = tasks.figures(access.current());
        assertThat(figures).singleElement().satisfies(f -> {
            assertThat(f.messageKey()).isEqualTo("check.figure.overdueDuties");
            assertThat(f.path()).isEqualTo("/recurring-duties#overdue");
            assertThat(f.alert()).isEqualTo(f.count() > 0);
        });
        return figures.get(0).count();
    }

    private static void signIn(String username) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
    }
}
