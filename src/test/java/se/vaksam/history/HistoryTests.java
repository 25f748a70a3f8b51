package se.vaksam.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.vaksam.VaksamTest;
import se.vaksam.shared.ChangeSet;
import se.vaksam.shared.RecordChanged;

@VaksamTest
class HistoryTests {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    HistoryQuery history;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPublishedChangeIsStoredWithBeforeAfterAndReason() {
        tx.executeWithoutResult(status -> events.publishEvent(new RecordChanged("test.thing", "42",
                RecordChanged.Action.UPDATED,
                ChangeSet.create().field("name", "Gammalt", "Nytt").field("same", "x", "x").toList(),
                "Omorganisation")));

        List<HistoryQuery.Entry> entries = history.historyOf("test.thing", "42");

        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("UPDATED");
            assertThat(entry.reason()).isEqualTo("Omorganisation");
            assertThat(entry.changes()).containsExactly(new HistoryQuery.Change("name", "Gammalt", "Nytt"));
        });
    }

    @Test
    void aChangeThatRollsBackLeavesNoHistory() {
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            events.publishEvent(new RecordChanged("test.thing", "rollback", RecordChanged.Action.CREATED, List.of(), null));
            throw new IllegalStateException("the change fails");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(history.historyOf("test.thing", "rollback")).isEmpty();
    }

    @Test
    void historyCannotBeAlteredInTheDatabase() {
        tx.executeWithoutResult(status -> events.publishEvent(new RecordChanged("test.thing", "fixed",
                RecordChanged.Action.CREATED, ChangeSet.create().field("name", null, "A").toList(), null)));

        assertThatThrownBy(() -> jdbc.sql("update history_entry set username = 'someone-else' where record_id = 'fixed'").update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from history_change").update())
                .rootCause().hasMessageContaining("append-only");
        assertThat(history.historyOf("test.thing", "fixed")).singleElement()
                .satisfies(e -> assertThat(e.username()).isNotEqualTo("someone-else"));
    }
}
