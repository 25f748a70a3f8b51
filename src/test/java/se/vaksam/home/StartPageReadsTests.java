package se.vaksam.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.vaksam.VaksamTest;
import se.vaksam.shared.Access;
import se.vaksam.shared.AccessScope;
import se.vaksam.shared.TaskSource;

/**
 * The start page does one round of reads: each task source reads each of its tables once, however many plans,
 * items, duties and reviews there are (no read per row). Counted with PostgreSQL's own per-transaction
 * statistics ({@code pg_stat_xact_user_tables}: the scans a transaction has started on each table so far), with
 * nested-loop joins off so that a join reads each of its tables once, however much data other tests left.
 */
@VaksamTest
class StartPageReadsTests {

    /**
     * The tables whose rows the start page's tasks are made of, each read on its own (not as the inner side of a
     * join, whose index is scanned once per outer row); a source may read each at most {@link #READS} times (one
     * statement may read a table twice, in a subquery or a union), fewer than there are plans and duties.
     */
    private static final List<String> TABLES = List.of("plan_item", "follow_up", "follow_up_deadline", "audit_area",
            "check_duty", "check_duty_completion");

    private static final int READS = 3;

    @Autowired
    List<TaskSource> sources;

    @Autowired
    Access access;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void eachTaskSourceReadsEachTableAFixedNumberOfTimesHoweverManyRowsThereAre() {
        assertThat(count("""
                select count(*) from plan_item i join plan p on p.id = i.plan_id
                where p.status = 'ADOPTED' and not i.removed""")).as("plan items to read").isGreaterThan(READS);
        assertThat(count("select count(*) from check_duty where active")).as("duties to read").isGreaterThan(READS);
        for (String username : List.of("ik.samordnare", "ifo.sek.mot1", "ama.avd.eb")) {
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
            List<String> repeated = new TransactionTemplate(transactions).execute(status -> {
                // Joins as hash or merge joins, each table scanned once per statement: what is counted is then
                // the statements a source runs, not the planner's choice of a nested loop for a bigger database.
                jdbc.sql("set local enable_nestloop = off").update();
                AccessScope scope = access.current();
                List<String> found = new ArrayList<>();
                for (TaskSource source : sources) {
                    found.addAll(repeatedScans(source.getClass().getSimpleName() + ".openTasks",
                            () -> source.openTasks(scope)));
                    found.addAll(repeatedScans(source.getClass().getSimpleName() + ".figures",
                            () -> source.figures(scope)));
                    found.addAll(repeatedScans(source.getClass().getSimpleName() + ".progress",
                            () -> source.progress(scope)));
                }
                return found;
            });
            assertThat(repeated).as("tables read more than once by one source for " + username).isEmpty();
        }
    }

    private List<String> repeatedScans(String what, Runnable read) {
        Map<String, Long> before = scans();
        read.run();
        Map<String, Long> after = scans();
        return TABLES.stream().filter(t -> after.getOrDefault(t, 0L) - before.getOrDefault(t, 0L) > READS)
                .map(t -> what + " scanned " + t + " " + (after.get(t) - before.getOrDefault(t, 0L)) + " times")
                .toList();
    }

    private Map<String, Long> scans() {
        return jdbc.sql("""
                select relname, coalesce(seq_scan, 0) + coalesce(idx_scan, 0) from pg_stat_xact_user_tables
                where relname in (:tables)""").param("tables", TABLES)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
