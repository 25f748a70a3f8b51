package se.vaksam.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import se.vaksam.VaksamTest;
import se.vaksam.shared.HistoryImport;

/**
 * Not part of the normal test run (the name does not end in Tests): issue 14's benchmark. Imports 100 000
 * historical deviations with their workflow dates (2010–2014, every kind, lex Sarah with assessments, decisions
 * and IVO dates) from a CSV file through the import module, in one transaction, on the test application's
 * embedded PostgreSQL, and checks the statistics' counts right after. Run with
 * {@code ./mvnw test -Dtest=DeviationImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; the times go to
 * docs/benchmarks.md (target: ≤ 30 s for the import; judged there, with the machine's load, not asserted here, as
 * the machines are shared).
 */
@VaksamTest
class DeviationImportBenchmark {

    static final int ROWS = Integer.getInteger("rows", 100_000);
    static final String[] KINDS = {"Klagomål från utomstående", "Synpunkt från utomstående", "Klagomål från personal",
            "Synpunkt från personal", "Kvalitetsavvikelse", "Kvalitetsavvikelse", "Kvalitetsavvikelse",
            "Kvalitetsavvikelse", "Kvalitetsavvikelse", "Lex Sarah-rapport"};
    static final String[] UNITS = {"IFO-BU-MOT-1", "IFO-BU-MOT-2", "IFO-VUX-MB-1", "AMA-EB-NORR-1", "AMA-EB-SYD-1",
            "AMA-ARB-JOB-1"};

    @Autowired
    HistoryImports imports;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void importsOneHundredThousandDeviationsWithinThirtySeconds() {
        jdbc.sql("delete from deviation where received_on between '2010-01-01' and '2014-12-31'").update();
        byte[] csv = file();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("admin", null, List.of()));

        long t0 = System.nanoTime();
        ImportFile file = ImportFile.read("avvikelser-2010-2014.csv", csv);
        long t1 = System.nanoTime();
        java.util.Map<String, Long> phases = new java.util.LinkedHashMap<>();
        HistoryImports.Result result = imports.apply("deviations", file, phase -> phases.put(phase, System.nanoTime()));
        long t2 = System.nanoTime();

        assertThat(result.problems()).isEmpty();
        assertThat(result.outcome()).isEqualTo(new HistoryImport.Outcome(ROWS, 0, 0));
        long counted = jdbc.sql("select sum(n) from deviation_count where year between 2010 and 2014")
                .query(Long.class).single();
        long stored = jdbc.sql("select count(*) from deviation where received_on between '2010-01-01' and '2014-12-31'")
                .query(Long.class).single();
        long lexSarah = jdbc.sql("select sum(n) from deviation_count where year between 2010 and 2014 and kind = 'LEX_SARAH'")
                .query(Long.class).single();
        assertThat(counted).isEqualTo(stored).isEqualTo(ROWS);
        assertThat(lexSarah).isEqualTo(ROWS / 10);
        long checked = phases.get("imports.phase.writing");
        System.out.printf("BENCHMARK import of %,d deviations (%,d bytes CSV): read %.1f s, check %.1f s, write %.1f s"
                + " (with history and the statistics' triggers), total %.1f s%n", ROWS, csv.length, (t1 - t0) / 1e9,
                (checked - t1) / 1e9, (t2 - checked) / 1e9, (t2 - t0) / 1e9);

        long t3 = System.nanoTime();
        HistoryImports.Result again = imports.apply("deviations", ImportFile.read("igen.csv", csv),
                HistoryImports.Progress.NONE);
        long t4 = System.nanoTime();
        assertThat(again.outcome()).isEqualTo(new HistoryImport.Outcome(0, 0, ROWS));
        System.out.printf("BENCHMARK the same file again (all unchanged): %.1f s%n", (t4 - t3) / 1e9);
    }

    /** 100 000 rows over five years, every kind, with the workflow's dates. */
    static byte[] file() {
        StringBuilder out = new StringBuilder("\uFEFFKällans id;Källsystem;Typ;Enhetskod;Rubrik;Beskrivning;Område;"
                + "Händelsedatum;Mottagen;Tilldelad;Omedelbar åtgärd;Utredning påbörjad;Utredning klar;Bedömning;"
                + "Allvarlig;Beslutad;Beslutsorgan;Anmäld till IVO;IVO:s svar;IVO svarade;Åtgärder;Avslutad\r\n");
        LocalDate first = LocalDate.of(2010, 1, 1);
        for (int i = 0; i < ROWS; i++) {
            String kind = KINDS[i % KINDS.length];
            LocalDate received = first.plusDays(i % 1820);
            boolean lexSarah = kind.startsWith("Lex");
            boolean closed = i % 7 != 0;
            out.append("B-").append(i).append(";Bench;").append(kind).append(';').append(UNITS[i % UNITS.length])
                    .append(";Avvikelse ").append(i).append(";Beskrivning av händelse ").append(i).append(';')
                    .append(i % 2 == 0 ? "Bemötande" : "Sekretess").append(';').append(received.minusDays(1))
                    .append(';').append(received).append(';');
            if (lexSarah) {
                boolean serious = i % 30 == 9;
                out.append(';').append(received.plusDays(1)).append(';').append(received.plusDays(2)).append(';')
                        .append(received.plusDays(30)).append(';')
                        .append(serious ? "Missförhållande" : "Inget missförhållande").append(';')
                        .append(serious ? "Ja" : "Nej").append(';').append(received.plusDays(35))
                        .append(";Arbetsutskottet;");
                if (serious) {
                    out.append(received.plusDays(37)).append(";IVO har avslutat ärendet;").append(received.plusDays(60));
                } else {
                    out.append(";;");
                }
                out.append(closed ? ";Ny rutin;" + received.plusDays(70) : ";;");
            } else {
                out.append(received.plusDays(2)).append(";;;").append(received.plusDays(20)).append(";;;;;;;;")
                        .append(closed ? "Information;" + received.plusDays(25) : ";");
            }
            out.append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
