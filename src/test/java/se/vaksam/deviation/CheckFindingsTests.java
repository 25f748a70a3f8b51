package se.vaksam.deviation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import se.vaksam.VaksamTest;
import se.vaksam.check.LogReviewFlagged;
import se.vaksam.check.SelfInspectionCompleted;

/**
 * What module check finds reaches the quality work: a log review marked "avvikelse" becomes a
 * kvalitetsavvikelse of the reviewed unit, and a completed self-inspection from the annual wheel lands in the
 * self-inspection register with its result; both in the transaction of the check, so a rolled-back check leaves
 * nothing behind.
 */
@VaksamTest
class CheckFindingsTests {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFlaggedLogReviewOpensAQualityDeviationOfTheUnit() {
        long unit = unit("IFO-BU-MOT");
        transactions.executeWithoutResult(tx -> events.publishEvent(new LogReviewFlagged(4711, unit, "ifo.soc1",
                "ifo.sek.mot1", "Läste en skyddad persons uppgifter utan ärende",
                OffsetDateTime.of(2026, 3, 5, 10, 0, 0, 0, ZoneOffset.UTC))));

        var row = jdbc.sql("select kind, unit_id, title, description, occurred_on from deviation where description like ?")
                .param("%logguppföljning 4711%").query().singleRow();
        assertThat(row.get("kind")).isEqualTo("QUALITY");
        assertThat(((Number) row.get("unit_id")).longValue()).isEqualTo(unit);
        assertThat((String) row.get("title")).contains("ifo.soc1");
        assertThat((String) row.get("description")).startsWith("Läste en skyddad persons uppgifter utan ärende");
        assertThat(row.get("occurred_on").toString()).isEqualTo("2026-03-05");
    }

    @Test
    void aCompletedSelfInspectionIsRegisteredAndARolledBackOneIsNot() {
        long unit = unit("IFO-BU-MOT");
        transactions.executeWithoutResult(tx -> events.publishEvent(new SelfInspectionCompleted(unit,
                "Egenkontroll: journalföring (test)", "12 journaler granskade, 2 saknade signering.",
                LocalDate.of(2026, 4, 30))));
        transactions.executeWithoutResult(tx -> {
            events.publishEvent(new SelfInspectionCompleted(unit, "Egenkontroll: återkallad (test)", "Klart",
                    LocalDate.of(2026, 4, 30)));
            tx.setRollbackOnly();
        });

        var row = jdbc.sql("select year, unit_id, result, source from self_inspection where inspection = ?")
                .param("Egenkontroll: journalföring (test)").query().singleRow();
        assertThat(row.get("year")).isEqualTo(2026);
        assertThat(((Number) row.get("unit_id")).longValue()).isEqualTo(unit);
        assertThat(row.get("result")).isEqualTo("12 journaler granskade, 2 saknade signering.");
        assertThat(row.get("source")).isEqualTo(CheckFindings.ANNUAL_WHEEL);
        assertThat(jdbc.sql("select count(*) from self_inspection where inspection = ?")
                .param("Egenkontroll: återkallad (test)").query(Long.class).single()).isZero();
    }

    private long unit(String code) {
        return jdbc.sql("select id from org_unit where code = ?").param(code).query(Long.class).single();
    }
}
