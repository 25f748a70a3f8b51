package se.vaksam.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import se.vaksam.VaksamTest;
import se.vaksam.shared.ConfidentialRecordRead;
import se.vaksam.shared.DomainException;

/**
 * The log follow-up of Vaksam's own access log: a month's reproducible 10 % sample of the unit's readers of
 * confidential records, each sampled person's reads, "avvikelse" published for the quality work, registration
 * with diarienummer and yearly counts — also of log checks done in other systems.
 */
@VaksamTest
@RecordApplicationEvents
class LogFollowUpTests {

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Autowired
    LogReviews reviews;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    ApplicationEvents events;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    static void signInAs(String username) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long unit(String code) {
        return jdbc.sql("select id from org_unit where code = ?").param(code).query(Long.class).single();
    }

    @Test
    void aDeviationFoundInTheLogFollowUpIsPublishedAndTheReviewIsRegistered() {
        for (String reader : List.of("ifo.soc1", "ifo.fss", "ifo.sek.mot1")) {
            signInAs(reader);
            publisher.publishEvent(new ConfidentialRecordRead("org.person", "4711"));
        }
        signInAs("ik.samordnare");
        long unit = unit("IFO-BU-MOT-1");
        long id = reviews.start(unit, YearMonth.now(clock), 10, 20261123L);
        LogReviews.Review review = reviews.review(id);
        // at least the three readers above; 10 % rounded up of 3–9 readers is one person
        assertThat(review.users()).hasSize(1);
        assertThat(reviews.verify(id)).isTrue();
        String sampled = review.users().get(0).username();
        assertThat(reviews.readsOf(id, sampled)).isNotEmpty()
                .allSatisfy(r -> assertThat(r.username()).isEqualTo(sampled));

        assertThatThrownBy(() -> reviews.mark(id, sampled, LogReviewOutcome.DEVIATION, " ", review.version()))
                .isInstanceOf(DomainException.class).hasMessage("check.logReview.error.description");
        assertThatThrownBy(() -> reviews.register(id, "ASN-2026-100", review.version()))
                .isInstanceOf(DomainException.class).hasMessage("check.logReview.error.unreviewed");

        reviews.mark(id, sampled, LogReviewOutcome.DEVIATION, "Läste en skyddad persons uppgifter utan ärende",
                review.version());
        assertThat(events.stream(LogReviewFlagged.class)).singleElement().satisfies(e -> {
            assertThat(e.reviewId()).isEqualTo(id);
            assertThat(e.unitId()).isEqualTo(unit);
            assertThat(e.reviewedUsername()).isEqualTo(sampled);
            assertThat(e.reviewer()).isEqualTo("ik.samordnare");
            assertThat(e.description()).isEqualTo("Läste en skyddad persons uppgifter utan ärende");
        });

        int year = LocalDate.now(clock).getYear();
        long before = count(year);
        reviews.register(id, "ASN-2026-100", reviews.review(id).version());
        assertThat(reviews.review(id).diaryNumber()).isEqualTo("ASN-2026-100");
        assertThat(count(year)).isEqualTo(before + 1);
        se.vaksam.support.WebClient web = new se.vaksam.support.WebClient(port);
        web.login("ik.samordnare", "vaksam");
        var page = web.get("/checks/log-reviews/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        String name = jdbc.sql("select given_name || ' ' || family_name from person where username = ?")
                .param(sampled).query(String.class).single();
        assertThat(page.body()).as("the sampled person by name").contains("Läsningar av " + name).contains("Avvikelse")
                .contains("Läste en skyddad persons uppgifter utan ärende").contains("Diarieförd som ASN-2026-100");
        assertThat(reviews.checks()).anySatisfy(c -> {
            assertThat(c.system()).isEqualTo(LogReviews.VAKSAM);
            assertThat(c.result()).isEqualTo("1 avvikelse(r) av 1 granskade användare");
        });
    }

    @Test
    void logChecksInOtherSystemsAreCountedPerYear() {
        signInAs("ik.samordnare");
        long unit = unit("IFO-BU-MOT-1");
        long before = count(2021);
        reviews.registerCheck("Lifecare", unit, LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 31),
                "Inga anmärkningar", "ASN-2021-0412");
        reviews.registerCheck("Journal Digital", unit, LocalDate.of(2021, 4, 1), LocalDate.of(2021, 4, 30),
                "Inga anmärkningar", "ASN-2021-0530");
        assertThat(count(2021)).isEqualTo(before + 2);
        assertThatThrownBy(() -> reviews.registerCheck("Lifecare", unit, LocalDate.of(2021, 5, 1),
                LocalDate.of(2021, 5, 31), "Inga anmärkningar", " ")).hasMessage("check.logCheck.error.diary");
        assertThat(count(2021)).isEqualTo(before + 2);
    }

    private long count(int year) {
        return reviews.yearlyCounts().stream().filter(c -> c.year() == year).mapToLong(LogReviews.YearCount::count)
                .sum();
    }
}
