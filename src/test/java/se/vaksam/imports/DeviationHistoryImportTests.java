package se.vaksam.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import se.vaksam.VaksamTest;
import se.vaksam.deviation.DeviationKind.Group;
import se.vaksam.deviation.DeviationStatistics.Counts;
import se.vaksam.deviation.QualityReports;
import se.vaksam.security.ApiTokens;
import se.vaksam.support.ApiClient;

/**
 * A municipality brings in three years of deviations from its old system (issue 14): every kind group, lex Sarah
 * with assessments and IVO dates. The statistics and the last year's quality report then show the three-year
 * comparison from the imported rows, per kind, operational area and tertial; the same file again changes
 * nothing; a changed row updates its record with history; a file with one bad row changes nothing and names it.
 */
@VaksamTest
class DeviationHistoryImportTests {

    static final String PATH = "/api/v1/imports/deviations";

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    QualityReports reports;

    ApiClient admin;

    @BeforeEach
    void emptyYears() {
        admin = new ApiClient(port, tokens, "admin");
        jdbc.sql("delete from deviation_link where deviation_id in (select id from deviation"
                + " where received_on between '2017-01-01' and '2019-12-31')").update();
        jdbc.sql("delete from deviation where received_on between '2017-01-01' and '2019-12-31'").update();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private Counts counts(int year) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("admin", null, List.of()));
        try {
            return reports.data(year).counts();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private long stored() {
        return jdbc.sql("select count(*) from deviation where received_on between '2017-01-01' and '2019-12-31'")
                .query(Long.class).single();
    }

    private long historyEntries() {
        return jdbc.sql("select count(*) from history_entry where record_type = 'deviation.deviation'")
                .query(Long.class).single();
    }

    @Test
    void threeImportedYearsShowInTheStatisticsAndTheLastYearsQualityReport() {
        DeviationHistory history = new DeviationHistory("FLEXITE");
        HttpResponse<String> response = admin.upload(PATH, "avvikelser 2017-2019.csv", history.csv(';'));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.body()).contains("\"created\":" + history.rows.size(), "\"updated\":0", "\"unchanged\":0");
        Counts counts = counts(DeviationHistory.LAST_YEAR);
        assertThat(counts.years()).containsExactly(2017, 2018, 2019);
        for (String group : List.of("EXTERNAL", "STAFF", "QUALITY", "LEX_SARAH")) {
            var row = counts.groups().stream().filter(g -> g.group() == Group.valueOf(group)).findFirst().orElseThrow();
            for (int i = 0; i < 3; i++) {
                int y = i;
                int year = DeviationHistory.FIRST_YEAR + y;
                assertThat(row.perYear().get(y)).as(group + " " + year).isEqualTo(history.count(group, year))
                        .isPositive();
                for (String area : DeviationHistory.AREAS) {
                    long areaId = unit(area);
                    long shown = row.perArea().stream().filter(a -> a.area().id() != null && a.area().id() == areaId)
                            .findFirst().map(a -> a.perYear().get(y)).orElse(0L);
                    assertThat(shown).as(group + " " + year + " " + area).isEqualTo(history.count(group, year, area));
                }
            }
            var tertials = counts.tertials().stream().filter(t -> t.group() == Group.valueOf(group)).findFirst()
                    .orElseThrow().perTertial();
            for (int t = 1; t <= 3; t++) {
                assertThat(tertials.get(t - 1)).as(group + " T" + t)
                        .isEqualTo(history.count(group, DeviationHistory.LAST_YEAR, t));
            }
        }
        for (int year = 2017; year <= 2019; year++) {
            assertThat(counts.lexSarahOf(year).reports()).isEqualTo(history.count("LEX_SARAH", year));
            assertThat(counts.lexSarahOf(year).notified()).as("IVO " + year).isEqualTo(history.notified(year))
                    .isEqualTo(1);
            assertThat(counts.lexSarahOf(year).ivoClosed()).isEqualTo(1);
        }
        assertThat(jdbc.sql("select case_number from deviation where source_system = 'FLEXITE' and source_id = 'FLEXITE-0'")
                .query(String.class).single()).isEqualTo("FLEXITE/2017/0");
        assertThat(jdbc.sql("select case_number from deviation where source_system = 'FLEXITE' and source_id = 'FLEXITE-1'")
                .query(String.class).single()).startsWith("AVV-2017-");
    }

    @Test
    void theDatesSetTheStatusAndTheHistorySaysImportedFromWhichFileByWhomAndWhen() {
        DeviationHistory history = new DeviationHistory("LIFECARE");
        byte[] file = history.csv(';');
        admin.upload(PATH, "lifecare.csv", file);

        Map<String, Object> notified = jdbc.sql("""
                select id, status, serious, ivo_notified_on::text as ivo, decided_on::text as decided
                from deviation where source_system = 'LIFECARE' and kind = 'LEX_SARAH' and ivo_notified_on is not null
                order by received_on limit 1""").query().singleRow();
        assertThat(notified.get("status")).isEqualTo("CLOSED");
        assertThat(notified.get("serious")).isEqualTo(true);
        assertThat(jdbc.sql("select status from deviation where source_system = 'LIFECARE' and kind = 'LEX_SARAH'"
                + " and closed_on is null").query(String.class).list()).containsExactly("INVESTIGATING");
        assertThat(jdbc.sql("select distinct status from deviation where source_system = 'LIFECARE'"
                + " and kind <> 'LEX_SARAH' and closed_on is null").query(String.class).list()).containsExactly("RECEIVED");

        Map<String, Object> entry = jdbc.sql("""
                select action, username, reason, changed_at::text as at from history_entry
                where record_type = 'deviation.deviation' and record_id = ?""")
                .param(notified.get("id").toString()).query().singleRow();
        assertThat(entry.get("action")).isEqualTo("IMPORTED");
        assertThat(entry.get("username")).isEqualTo("admin");
        assertThat((String) entry.get("reason")).contains("lifecare.csv", ImportFile.sha256(file));
        assertThat((String) entry.get("at")).startsWith("2026-12-03");
        assertThat(jdbc.sql("select count(*) from import_run where sha256 = ? and created = ?")
                .params(ImportFile.sha256(file), history.rows.size()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void importingTheSameFileAgainChangesNothingAndAChangedRowUpdatesItsRecordWithHistory() {
        DeviationHistory history = new DeviationHistory("PROCAPITA");
        admin.upload(PATH, "procapita.csv", history.csv(';'));
        long entries = historyEntries();
        List<Map<String, Object>> countsBefore = jdbc.sql("select * from deviation_count where year between 2017 and 2019"
                + " and n <> 0 order by 1, 2, 3, 4, 5, 6").query().listOfRows();
        String versionsBefore = versions();

        HttpResponse<String> again = admin.upload(PATH, "procapita-igen.csv", history.csv(','));

        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(again.body()).contains("\"created\":0", "\"updated\":0", "\"unchanged\":" + history.rows.size());
        assertThat(historyEntries()).isEqualTo(entries);
        assertThat(versions()).isEqualTo(versionsBefore);
        assertThat(jdbc.sql("select * from deviation_count where year between 2017 and 2019 and n <> 0"
                + " order by 1, 2, 3, 4, 5, 6").query().listOfRows()).isEqualTo(countsBefore);

        history.rows.get(5).cells().put("Rubrik", "Rättad rubrik");
        HttpResponse<String> changed = admin.upload(PATH, "procapita-rättad.csv", history.csv(';'));

        assertThat(changed.body()).contains("\"created\":0", "\"updated\":1", "\"unchanged\":" + (history.rows.size() - 1));
        long id = jdbc.sql("select id from deviation where source_system = 'PROCAPITA' and source_id = 'PROCAPITA-5'")
                .query(Long.class).single();
        assertThat(jdbc.sql("select title from deviation where id = ?").param(id).query(String.class).single())
                .isEqualTo("Rättad rubrik");
        assertThat(jdbc.sql("""
                select c.before_value || ' → ' || c.after_value from history_change c join history_entry e on e.id = c.entry_id
                where e.record_type = 'deviation.deviation' and e.record_id = ? and e.reason like 'procapita-rättad.csv%'
                  and c.field = 'title'""").param(Long.toString(id)).query(String.class).single())
                .isEqualTo("Avvikelse 5 2017 → Rättad rubrik");
    }

    private String versions() {
        return jdbc.sql("select string_agg(id || ':' || version, ',' order by id) from deviation"
                + " where received_on between '2017-01-01' and '2019-12-31'").query(String.class).single();
    }

    @Test
    void aFileWithOneBadRowChangesNothingAndNamesTheRow() {
        DeviationHistory history = new DeviationHistory("BAD");
        Map<String, String> lexSarah = history.rows.stream().filter(DeviationHistory.Generated::notified).findFirst()
                .orElseThrow().cells();
        int row = history.rows.stream().map(DeviationHistory.Generated::cells).toList().indexOf(lexSarah) + 2;
        lexSarah.put("Beslutad", "2017-01-01");
        long runs = jdbc.sql("select count(*) from import_run").query(Long.class).single();

        HttpResponse<String> response = admin.upload(PATH, "fel.csv", history.csv(';'));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(response.body()).contains("\"row\":" + row, "\"column\":\"Beslutad\"", "\"value\":\"2017-01-01\"",
                "Datumet ligger före Utredning klar", "Inget lästes in");
        assertThat(stored()).isZero();
        assertThat(jdbc.sql("select count(*) from import_run").query(Long.class).single()).isEqualTo(runs);
    }

    @Test
    void everyProblemOfTheFileIsListedAtOnceInSwedish() {
        DeviationHistory history = new DeviationHistory("MANY");
        history.rows.get(0).cells().put("Enhetskod", "FINNS-INTE");
        history.rows.get(1).cells().put("Mottagen", "3 mars 2017");
        history.rows.get(2).cells().put("Typ", "Klagomål");
        history.rows.get(3).cells().put("Källans id", "MANY-0");
        history.rows.get(4).cells().put("Anmäld till IVO", "2017-06-01");

        HttpResponse<String> response = admin.upload(PATH + "?dryRun=true", "många fel.csv", history.csv(';'));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("Ingen enhet har den koden", "Datumet ska skrivas ÅÅÅÅ-MM-DD",
                "Okänt värde", "Samma värde finns redan på rad 2", "Kolumnen gäller bara lex Sarah-rapporter");
        assertThat(stored()).isZero();
    }

    @Test
    void aDryRunCountsWhatTheImportWouldDoAndWritesNothing() {
        DeviationHistory history = new DeviationHistory("PREVIEW");
        long entries = historyEntries();

        HttpResponse<String> response = admin.upload(PATH + "?dryRun=true", "förhandsgranskning.xlsx", history.xlsx());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"created\":" + history.rows.size(), "\"dryRun\":true");
        assertThat(stored()).isZero();
        assertThat(historyEntries()).isEqualTo(entries);
    }

    @Test
    void onlyTheSystemAdministratorImports() {
        ApiClient coordinator = new ApiClient(port, tokens, "ik.samordnare");

        assertThat(coordinator.upload(PATH, "avvikelser.csv", new DeviationHistory("NO").csv(';')).statusCode())
                .isEqualTo(403);
        assertThat(coordinator.get("/api/v1/imports").statusCode()).isEqualTo(403);
        assertThat(stored()).isZero();
    }

    @Test
    void theKindsListTheirColumns() {
        HttpResponse<String> response = admin.get("/api/v1/imports");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"kind\":\"deviations\"", "\"header\":\"Källans id\"",
                "\"header\":\"Anmäld till IVO\"", "Lex Sarah-rapport", "Arbetsutskottet");
    }

    @Test
    void theCsvTemplateIsUtf8WithByteOrderMarkAndSemicolons() {
        String csv = new String(admin.bytes(PATH + "/template.csv"), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFKällans id;Källsystem;Diarienummer;Typ;Enhetskod;");
    }

    private long unit(String code) {
        return jdbc.sql("select id from org_unit where code = ?").param(code).query(Long.class).single();
    }
}
