package se.vaksam.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vaksam.support.ImportSheet.problem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.vaksam.VaksamTest;
import se.vaksam.security.ApiTokens;
import se.vaksam.support.ApiClient;
import se.vaksam.support.ImportSheet;
import se.vaksam.support.WebClient;

/**
 * The secretariat brings in the auditors' reviews of 2021–2023 from their reports (issue 14), one row per
 * recommendation with its review's and sub-area's columns: the reviews, sub-areas and recommendations come in with
 * their dates and statuses, the yttrande's date and the committee's answers, and the open recommendations of past
 * years appear where the coordinator follows them up; the same file again changes nothing; a changed row updates its
 * recommendation with history; a file with bad rows writes nothing and names every problem by row and column.
 */
@VaksamTest
class AuditHistoryImportTests {

    static final String PATH = "/api/v1/imports/audit-recommendations";

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    ApiClient admin;

    @BeforeEach
    void noEarlierImport() {
        admin = new ApiClient(port, tokens, "admin");
        jdbc.sql("delete from audit_review where number like 'RI-%'").update();
    }

    /** Two reviews of ASN: 2021 with two sub-areas (one recommendation done), 2023 with one sub-area. */
    static ImportSheet reports(String prefix) {
        ImportSheet sheet = new ImportSheet("Nämnd", "Granskningens nummer", "Granskningens titel", "Revisorer",
                "Rapportens datum", "Sammanvägd bedömning", "Delområde", "Revisorernas bedömning", "Käll-id",
                "Rekommendation", "Status", "Stängd den", "Genomförda åtgärder", "Effekter", "Planerade åtgärder",
                "Yttrande den", "Yttrandets diarienummer", "Kopplade åtgärder");
        String[] review2021 = {"Nämnd", "ASN", "Granskningens nummer", prefix + "-2021-7", "Granskningens titel",
                "Granskning av försörjningsstöd", "Revisorer", "Stadsrevisionen", "Rapportens datum", "2021-10-12",
                "Sammanvägd bedömning", "Nämnden har delvis säkerställt styrningen.", "Yttrande den", "2022-01-26",
                "Yttrandets diarienummer", "ASN-2021-8812"};
        String[] area1 = {"Delområde", "Processer och rutiner", "Revisorernas bedömning",
                "Rutinerna saknar dokumentägare.", "Genomförda åtgärder", "Rutinerna har inventerats."};
        String[] area2 = {"Delområde", "Uppföljning", "Revisorernas bedömning", "Uppföljningen är bristfällig."};
        sheet.row(concat(review2021, area1, "Käll-id", prefix + "-1", "Rekommendation",
                "Säkerställ att samtliga rutiner har en dokumentägare.", "Status", "Genomförd", "Stängd den", "2022-05-10"));
        sheet.row(concat(review2021, area1, "Käll-id", prefix + "-2", "Rekommendation",
                "Säkerställ att rutinerna revideras årligen.", "Status", "Pågår"));
        sheet.row(concat(review2021, area2, "Käll-id", prefix + "-3", "Rekommendation",
                "Följ upp handläggningstiderna per tertial.", "Status", "Öppen"));
        String[] review2023 = {"Nämnd", "ASN", "Granskningens nummer", prefix + "-2023-12", "Granskningens titel",
                "Granskning av intern kontroll", "Revisorer", "De förtroendevalda revisorerna", "Rapportens datum",
                "2023-04-20"};
        String[] area3 = {"Delområde", "Riskanalys", "Revisorernas bedömning", "Riskanalysen är inte dokumenterad."};
        sheet.row(concat(review2023, area3, "Käll-id", prefix + "-4", "Rekommendation",
                "Dokumentera riskanalysen.", "Status", "Öppen"));
        sheet.row(concat(review2023, area3, "Käll-id", prefix + "-5", "Rekommendation",
                "Koppla kontrollerna till riskerna.", "Status", "Åtgärdas inte", "Stängd den", "2023-09-01"));
        return sheet;
    }

    private static String[] concat(String[] review, String[] area, String... recommendation) {
        List<String> all = new ArrayList<>(List.of(review));
        all.addAll(List.of(area));
        all.addAll(List.of(recommendation));
        return all.toArray(String[]::new);
    }

    private Map<String, Object> recommendation(String sourceId) {
        return jdbc.sql("""
                select r.id, r.status, r.closed_on::text as closed_on, r.position, a.heading, a.position as area,
                       a.actions_taken, v.number, v.reviewed_on::text as reviewed_on, v.auditors
                from audit_recommendation r join audit_area a on a.id = r.area_id join audit_review v on v.id = a.review_id
                where r.source_id = ?""").param(sourceId).query().singleRow();
    }

    private long entries() {
        return jdbc.sql("select count(*) from history_entry where record_type like 'audit.%'").query(Long.class).single();
    }

    @Test
    void reviewsAndRecommendationsComeWithTheirDatesAndStatusAndOpenOnesAreFollowedUp() {
        HttpResponse<String> response = admin.upload(PATH, "revisionsrapporter 2021-2023.csv", reports("RI-A").csv());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.body()).contains("\"created\":7", "\"updated\":0", "\"unchanged\":0");
        assertThat(recommendation("RI-A-1")).containsEntry("status", "DONE").containsEntry("closed_on", "2022-05-10")
                .containsEntry("heading", "Processer och rutiner").containsEntry("area", 1).containsEntry("position", 1)
                .containsEntry("actions_taken", "Rutinerna har inventerats.").containsEntry("reviewed_on", "2021-10-12");
        assertThat(recommendation("RI-A-2")).containsEntry("status", "IN_PROGRESS").containsEntry("position", 2)
                .containsEntry("closed_on", null);
        assertThat(recommendation("RI-A-3")).containsEntry("heading", "Uppföljning").containsEntry("area", 2);
        assertThat(recommendation("RI-A-5")).containsEntry("status", "NOT_ADDRESSED")
                .containsEntry("auditors", "De förtroendevalda revisorerna");
        assertThat(jdbc.sql("""
                select response_date::text || ' ' || diary_number from audit_response
                where review_id = (select id from audit_review where number = 'RI-A-2021-7')""")
                .query(String.class).single()).isEqualTo("2022-01-26 ASN-2021-8812");
        assertThat(jdbc.sql("""
                select action || ' ' || username || ' ' || reason from history_entry
                where record_type = 'audit.recommendation' and record_id = ?""")
                .param(recommendation("RI-A-4").get("id").toString()).query(String.class).single())
                .startsWith("IMPORTED admin revisionsrapporter 2021-2023.csv (SHA-256 ");

        ApiClient coordinator = new ApiClient(port, tokens, "ik.samordnare");
        String open = coordinator.get("/api/v1/audit-recommendations").body();
        assertThat(open).contains("Säkerställ att rutinerna revideras årligen.", "Följ upp handläggningstiderna per tertial.",
                "Dokumentera riskanalysen.", "\"reviewYear\":2021", "\"reviewYear\":2023")
                .doesNotContain("Säkerställ att samtliga rutiner har en dokumentägare.",
                        "Koppla kontrollerna till riskerna.");
        WebClient web = new WebClient(port);
        web.login("ik.samordnare", "vaksam");
        assertThat(web.get("/audit-recommendations").body()).contains("RI-A-2021-7", "Dokumentera riskanalysen.");
        long review = jdbc.sql("select id from audit_review where number = 'RI-A-2021-7'").query(Long.class).single();
        assertThat(web.get("/audits/" + review).body()).as("the review with its yttrande")
                .contains("Granskning av försörjningsstöd", "Säkerställ att samtliga rutiner har en dokumentägare.",
                        "Rutinerna har inventerats.", "ASN-2021-8812");
    }

    @Test
    void theSameFileAgainChangesNothingAndAChangedRowUpdatesItsRecommendationWithHistory() {
        ImportSheet reports = reports("RI-B");
        admin.upload(PATH, "rapporter.csv", reports.csv());
        long entries = entries();

        HttpResponse<String> again = admin.upload(PATH, "rapporter igen.csv", reports.csv());

        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(again.body()).contains("\"created\":0", "\"updated\":0", "\"unchanged\":7");
        assertThat(entries()).isEqualTo(entries);

        reports.set(3, "Status", "Genomförd").set(3, "Stängd den", "2023-03-01");
        HttpResponse<String> changed = admin.upload(PATH, "rapporter rättade.csv", reports.csv());

        assertThat(changed.body()).contains("\"created\":0", "\"updated\":1", "\"unchanged\":6");
        Map<String, Object> done = recommendation("RI-B-2");
        assertThat(done).containsEntry("status", "DONE").containsEntry("closed_on", "2023-03-01");
        assertThat(jdbc.sql("""
                select c.field || ': ' || coalesce(c.before_value, '–') || ' → ' || c.after_value
                from history_change c join history_entry e on e.id = c.entry_id
                where e.record_type = 'audit.recommendation' and e.record_id = ? and e.action = 'IMPORTED'
                  and e.reason like 'rapporter rättade.csv%' order by c.field""")
                .param(done.get("id").toString()).query(String.class).list())
                .containsExactly("closedOn: – → 2023-03-01", "status: IN_PROGRESS → DONE");
    }

    @Test
    void aFileWithBadRowsWritesNothingAndNamesEveryProblemByRowAndColumn() {
        ImportSheet reports = reports("RI-C")
                .set(2, "Stängd den", "2021-09-01")
                .set(3, "Revisorernas bedömning", "En annan bedömning.")
                .set(4, "Status", "Avslutad")
                .set(5, "Nämnd", "FINNS-INTE")
                .set(6, "Stängd den", "");
        reports.row("Nämnd", "AMA-EB", "Granskningens nummer", "RI-C-9", "Granskningens titel", "T", "Revisorer", "R",
                "Rapportens datum", "2022-01-01", "Delområde", "D", "Revisorernas bedömning", "B", "Käll-id", "RI-C-9",
                "Rekommendation", "Text", "Status", "Öppen");
        reports.row("Nämnd", "ASN", "Granskningens nummer", "SR-2019-82", "Granskningens titel", "T", "Revisorer", "R",
                "Rapportens datum", "2019-11-01", "Delområde", "D", "Revisorernas bedömning", "B", "Käll-id", "RI-C-10",
                "Rekommendation", "Text", "Status", "Öppen");
        reports.set(2, "Kopplade åtgärder", "FINNS-INTE");
        long entries = entries();

        HttpResponse<String> response = admin.upload(PATH, "fel.csv", reports.csv());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(response.body()).contains(
                problem(2, "Stängd den", "2021-09-01", "Datumet ligger före Rapportens datum (2021-10-12)."),
                problem(2, "Kopplade åtgärder", "FINNS-INTE",
                        "Det finns ingen importerad punkt eller förbättringsåtgärd med käll-id:t FINNS-INTE."),
                problem(3, "Revisorernas bedömning", "En annan bedömning.",
                        "Delområdets uppgifter skiljer sig från rad 2 i samma delområde."),
                problem(4, "Status", "Avslutad", "Värdet finns inte i listan. Tillåtna värden: Öppen, Pågår, Genomförd, Åtgärdas inte."),
                problem(5, "Nämnd", "FINNS-INTE", "Det finns ingen enhet med den koden."),
                problem(6, "Stängd den", "", "En genomförd eller stängd rekommendation behöver datumet då den stängdes."),
                problem(7, "Nämnd", "AMA-EB", "Enheten är ingen nämnd."),
                problem(8, "Granskningens nummer", "SR-2019-82",
                        "Granskningen finns redan i Vaksam och har inte importerats. Den kan inte ändras genom import."));
        assertThat(jdbc.sql("select count(*) from audit_review where number like 'RI-C%'").query(Long.class).single())
                .isZero();
        assertThat(entries()).isEqualTo(entries);
    }

    @Test
    void aRecommendationIsLinkedToTheImportedDirectActionThatFollowsItUp() {
        HttpResponse<String> plan = admin.upload("/api/v1/imports/internal-control-plans", "ikp 2011.csv",
                new ImportSheet("Nämnd", "År", "Planstatus", "Antagen den", "Paragraf", "Diarienummer", "Antagen av",
                        "Avslutad den", "Käll-id", "Typ", "Rubrik", "Ansvarig enhet", "Uppföljningsperiod",
                        "Vad ska göras", "Genomförda åtgärder", "Status")
                        .row("Nämnd", "ASN", "År", "2011", "Planstatus", "Avslutad", "Antagen den", "2010-12-12",
                                "Paragraf", "§ 303", "Diarienummer", "ASN-2010-1", "Antagen av",
                                "Arbetsmarknads- och socialnämnden", "Avslutad den", "2012-02-19", "Käll-id",
                                "RI-IKP-2011-1", "Typ", "Direktåtgärd", "Rubrik", "Utse dokumentägare för rutinerna",
                                "Ansvarig enhet", "ASF-STAB", "Uppföljningsperiod", "Årsuppföljningen",
                                "Vad ska göras", "Utse dokumentägare", "Genomförda åtgärder", "Klart", "Status",
                                "Genomförd")
                        .csv());
        assertThat(plan.statusCode()).as(plan.body()).isIn(200, 201);
        long item = jdbc.sql("select id from plan_item where source_id = 'RI-IKP-2011-1'").query(Long.class).single();
        ImportSheet reports = reports("RI-E").set(3, "Kopplade åtgärder", "RI-IKP-2011-1");

        HttpResponse<String> response = admin.upload(PATH, "rapporter med kopplingar.csv", reports.csv());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        long recommendation = (Long) recommendation("RI-E-2").get("id");
        assertThat(jdbc.sql("select record_type || ' ' || record_id from audit_recommendation_link"
                + " where recommendation_id = ?").param(recommendation).query(String.class).list())
                .containsExactly("PLAN_ITEM " + item);
        assertThat(new ApiClient(port, tokens, "ik.samordnare").get("/api/v1/audit-recommendations/" + recommendation)
                .body()).contains("\"title\":\"Utse dokumentägare för rutinerna\"");
        assertThat(admin.upload(PATH, "rapporter med kopplingar igen.csv", reports.csv()).body())
                .contains("\"created\":0", "\"updated\":0", "\"unchanged\":7");
    }

    @Test
    void theTemplateExplainsTheRowPerRecommendationAndItsExampleImports() throws IOException {
        byte[] xlsx = admin.bytes(PATH + "/template.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet data = workbook.getSheetAt(0);
            List<String> headers = new ArrayList<>();
            data.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).startsWith("Nämnd", "Granskningens nummer").contains("Käll-id", "Status", "Stängd den");
            assertThat(workbook.getSheet("Kolumner").getRow(headers.indexOf("Granskningens nummer") + 1).getCell(2)
                    .getStringCellValue()).contains("En rad per rekommendation");
            int status = headers.indexOf("Status");
            assertThat(data.getDataValidations()).anySatisfy(v -> assertThat(v.getRegions().getCellRangeAddresses())
                    .anySatisfy(r -> assertThat(r.getFirstColumn()).isEqualTo(status)));
        }
        String csv = new String(admin.bytes(PATH + "/template.csv"), StandardCharsets.UTF_8)
                .replace("SR-2022-31", "RI-D");

        HttpResponse<String> imported = admin.upload(PATH, "mall.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        assertThat(imported.body()).contains("\"created\":2");
        assertThat(recommendation("RI-D-1")).containsEntry("status", "IN_PROGRESS").containsEntry("number", "RI-D");
    }
}
