package se.vaksam.check;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Not a test: a program run by {@code bench/check-import.sh}. Imports 100 000 case records from a CSV file
 * (read, map, checksum, store with COPY into a real PostgreSQL 17) and evaluates the four-month rule per
 * start month with last year beside, printing the times. Each phase is timed in the same process after one
 * warm-up round.
 */
public final class CheckBenchmark {

    private CheckBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        byte[] csv = cases(rows);
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            DataSource ds = pg.getPostgresDatabase();
            JdbcClient jdbc = JdbcClient.create(ds);
            String schema = Files.readString(Path.of("src/main/resources/db/migration/V80__check.sql"));
            for (String statement : schema.split(";\\s*\\n")) {
                if (!statement.isBlank()) {
                    jdbc.sql(statement).update();
                }
            }
            PopulationStore store = new PopulationStore(jdbc, ds, java.time.Clock.systemDefaultZone());
            for (int round = 0; round < 3; round++) {
                long t0 = System.nanoTime();
                FileTable file = FileTable.read("utredningar.csv", csv);
                RowMapper.Result mapped = RowMapper.map(file, new ColumnMapping("ärende", "sektion", null, "inledd",
                        "avslutad", "förlängd", null, null));
                if (!mapped.problems().isEmpty()) {
                    throw new IllegalStateException(mapped.problems().toString());
                }
                String checksum = Populations.checksum(mapped.rows());
                long t1 = System.nanoTime();
                long id = store.insert("bench", 1, "utredningar.csv", checksum, mapped.rows().size(), "bench");
                store.copyRows(id, mapped.rows());
                long t2 = System.nanoTime();
                List<PopulationRow> stored = store.rows(id);
                DeadlineEvaluations.Evaluation e = DeadlineEvaluations.evaluate(new DeadlineEvaluations.Request(id,
                        DeadlineRule.Kind.MONTHS, 4, 2026, 1, 12, LocalDate.of(2026, 11, 23)), stored);
                long t3 = System.nanoTime();
                System.out.printf("round %d: %d records (%.1f MB); read+map+checksum %.2f s, store (COPY) %.2f s, "
                        + "load+evaluate %.2f s, total %.2f s; exceeded 2026: %d of %d%n", round, stored.size(),
                        csv.length / 1048576.0, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t3 - t0) / 1e9,
                        e.total().exceeded(), e.total().started());
            }
        }
    }

    static byte[] cases(int n) {
        SplittableRandom random = new SplittableRandom(1);
        StringBuilder csv = new StringBuilder(n * 60).append("ärende;sektion;inledd;avslutad;förlängd\n");
        for (int i = 0; i < n; i++) {
            LocalDate started = LocalDate.of(2025 + random.nextInt(2), 1 + random.nextInt(12), 1 + random.nextInt(28));
            LocalDate completed = started.plusDays(30 + random.nextInt(150));
            csv.append("BU-").append(i).append(';').append("Sektion ").append(random.nextInt(12)).append(';')
                    .append(started).append(';').append(completed.isAfter(LocalDate.of(2026, 11, 23)) ? "" : completed)
                    .append(';').append(random.nextInt(10) == 0 ? started.plusMonths(3).toString() : "").append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
