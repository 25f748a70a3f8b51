package se.vaksam.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vaksam.support.ImportFiles.row;
import static se.vaksam.support.ImportFiles.with;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.vaksam.VaksamTest;
import se.vaksam.security.ApiTokens;
import se.vaksam.support.ApiClient;
import se.vaksam.support.ImportFiles;

/**
 * A coordinator's risk register of three past years (one row per risk and year) comes in through the import: each
 * year becomes the committee's risk analysis of that year, whose heat map shows that year's assessments; the same
 * file again changes nothing; a corrected assessment updates the risk with history; one bad row writes nothing.
 */
@VaksamTest
class RiskHistoryImportTests {

    static final String PATH = "/api/v1/imports/risks";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    ApiClient admin;

    @BeforeEach
    void emptyYears() {
        admin = new ApiClient(port, tokens, "admin");
        jdbc.sql("delete from risk_analysis_item where risk_id in (select id from risk where source_id like 'RR-%')")
                .update();
        jdbc.sql("delete from risk_assessment where risk_id in (select id from risk where source_id like 'RR-%')")
                .update();
        jdbc.sql("delete from risk_analysis where imported and year between 2011 and 2013").update();
        jdbc.sql("delete from risk where source_id like 'RR-%'").update();
    }

    static Map<String, String> risk(String sourceId, String title, String unit) {
        return row("Käll-id", sourceId, "Rubrik", title, "Risk för att", "utbetalningar görs felaktigt",
                "På grund av", "bristande kontroll", "Vilket kan leda till", "ekonomisk förlust",
                "Kategori", "Ekonomi", "Enhetskod", unit, "Ursprung", "Avdelning");
    }

    static Map<String, String> year(Map<String, String> risk, int year, int likelihood, int consequence,
            String... more) {
        Map<String, String> row = with(risk, "År", Integer.toString(year), "Riskanalysens datum",
                (year - 1) + "-11-15", "Sannolikhet", Integer.toString(likelihood), "Konsekvensnivå",
                Integer.toString(consequence));
        return with(row, more);
    }

    /** Two risks of ASN over 2011–2013, assessed anew each year; one accepted in 2012. */
    static List<Map<String, String>> register() {
        Map<String, String> payments = risk("RR-1", "Felaktiga utbetalningar", "IFO-BU-MOT");
        Map<String, String> staffing = with(risk("RR-2", "Brist på socialsekreterare", "AMA-EB"), "Kategori",
                "Personal", "Risk för att", "tjänster inte kan tillsättas", "Ursprung", "Förvaltningsledning");
        return List.of(year(payments, 2011, 2, 2, "Beslut", "Granskning", "Motivering", "Enstaka fel"),
                year(staffing, 2011, 3, 3, "Beslut", "Direktåtgärd"),
                year(payments, 2012, 3, 2, "Beslut", "Ingen åtgärd (accepteras)", "Skäl", "Låg kostnad"),
                year(staffing, 2012, 4, 3, "Beslut", "Hanteras i annan process", "Annan process", "Budget"),
                year(payments, 2013, 4, 4),
                year(staffing, 2013, 2, 3));
    }

    long analysisOf(int year) {
        return jdbc.sql("select id from risk_analysis where imported and year = ?"
                + " and unit_id = (select id from org_unit where code = 'ASN')").param(year).query(Long.class).single();
    }

    /** The counts of the analysis's heat map by cell "likelihood×consequence", only cells with risks. */
    Map<String, Integer> heatMap(long analysisId) {
        HttpResponse<String> response = admin.get("/api/v1/risk-analyses/" + analysisId + "/heat-map");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (JsonNode cell : JSON.readTree(response.body())) {
            if (cell.get("count").asInt() > 0) {
                counts.put(cell.get("likelihood").asInt() + "×" + cell.get("consequence").asInt(),
                        cell.get("count").asInt());
            }
        }
        return counts;
    }

    long historyOfRisks() {
        return jdbc.sql("select count(*) from history_entry where record_type = 'risk.risk' and record_id in"
                + " (select cast(id as text) from risk where source_id like 'RR-%')").query(Long.class).single();
    }

    @Test
    void threeYearsOfAssessmentsShowInEachYearsRiskAnalysisAndComeInOnlyOnce() {
        HttpResponse<String> response = admin.upload(PATH, "riskregister 2011-2013.csv",
                ImportFiles.csv(register()));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.body()).contains("\"created\":6", "\"updated\":0", "\"unchanged\":0");
        assertThat(heatMap(analysisOf(2011))).containsExactly(Map.entry("2×2", 1), Map.entry("3×3", 1));
        assertThat(heatMap(analysisOf(2012))).containsExactly(Map.entry("3×2", 1), Map.entry("4×3", 1));
        assertThat(heatMap(analysisOf(2013))).containsExactly(Map.entry("2×3", 1), Map.entry("4×4", 1));
        JsonNode analysis2012 = JSON.readTree(admin.get("/api/v1/risk-analyses/" + analysisOf(2012)).body());
        assertThat(analysis2012.get("heldOn").asString()).isEqualTo("2011-11-15");
        List<String> decisions = new ArrayList<>();
        analysis2012.get("items").forEach(i -> decisions.add(i.get("riskTitle").asString() + ": "
                + i.get("decision").asString() + " " + i.get("decisionReason").asString("") + " "
                + i.get("otherProcess").asString("")));
        assertThat(decisions).containsExactlyInAnyOrder("Felaktiga utbetalningar: ACCEPTED Låg kostnad ",
                "Brist på socialsekreterare: OTHER_PROCESS  BUDGET");
        assertThat(jdbc.sql("select count(*) from risk where source_id like 'RR-%'").query(Long.class).single())
                .isEqualTo(2);
        assertThat(jdbc.sql("""
                select h.reason from history_entry h join risk r on h.record_id = cast(r.id as text)
                where h.record_type = 'risk.risk' and r.source_id = 'RR-1'""").query(String.class).single())
                .contains("riskregister 2011-2013.csv");

        long history = historyOfRisks();
        HttpResponse<String> again = admin.upload(PATH, "riskregister igen.csv", ImportFiles.csv(register()));

        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(again.body()).contains("\"created\":0", "\"updated\":0", "\"unchanged\":6");
        assertThat(historyOfRisks()).isEqualTo(history);
        assertThat(heatMap(analysisOf(2012))).containsExactly(Map.entry("3×2", 1), Map.entry("4×3", 1));
    }

    @Test
    void aCorrectedAssessmentUpdatesTheRiskWithHistory() {
        admin.upload(PATH, "riskregister.csv", ImportFiles.csv(register()));
        List<Map<String, String>> corrected = new ArrayList<>(register());
        corrected.set(2, with(corrected.get(2), "Sannolikhet", "1", "Skäl", "Mycket låg kostnad"));

        HttpResponse<String> response = admin.upload(PATH, "riskregister rättad.csv", ImportFiles.csv(corrected));

        assertThat(response.body()).contains("\"created\":0", "\"updated\":1", "\"unchanged\":5");
        assertThat(heatMap(analysisOf(2012))).containsExactly(Map.entry("1×2", 1), Map.entry("4×3", 1));
        Map<String, Object> change = jdbc.sql("""
                select c.before_value, c.after_value, h.reason from history_change c
                join history_entry h on h.id = c.entry_id join risk r on h.record_id = cast(r.id as text)
                where h.record_type = 'risk.risk' and r.source_id = 'RR-1' and c.field = 'assessment'""")
                .query().singleRow();
        assertThat((String) change.get("before_value")).startsWith("2012: ").contains("3 × 2", "Låg kostnad");
        assertThat((String) change.get("after_value")).startsWith("2012: ").contains("1 × 2", "Mycket låg kostnad");
        assertThat((String) change.get("reason")).contains("riskregister rättad.csv");
    }

    @Test
    void oneBadRowWritesNothingAndEveryProblemNamesItsRowAndColumn() {
        List<Map<String, String>> file = new ArrayList<>(register());
        file.set(1, with(file.get(1), "Sannolikhet", "7"));
        file.set(3, with(file.get(3), "Kategori", "Väder"));
        file.set(4, with(file.get(4), "Enhetskod", "FINNS-INTE"));

        HttpResponse<String> response = admin.upload(PATH, "fel.csv", ImportFiles.csv(file));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(response.body()).contains("\"row\":3", "\"column\":\"Sannolikhet\"", "\"value\":\"7\"",
                "Nivån ska vara ett heltal från 1 till 4", "\"row\":5", "\"column\":\"Kategori\"", "\"value\":\"Väder\"",
                "Det finns ingen riskkategori med det namnet", "\"row\":6", "\"column\":\"Enhetskod\"",
                "Det finns ingen enhet med den koden", "Inget lästes in");
        assertThat(jdbc.sql("select count(*) from risk where source_id like 'RR-%'").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from risk_analysis where imported and year between 2011 and 2013")
                .query(Long.class).single()).isZero();
    }
}
