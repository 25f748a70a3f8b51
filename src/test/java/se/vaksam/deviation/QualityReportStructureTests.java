package se.vaksam.deviation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.vaksam.VaksamTest;
import se.vaksam.document.DocumentFiles;
import se.vaksam.security.ApiTokens;
import se.vaksam.support.ApiClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The kvalitetsberättelse in reference/004's structure. Over data like the reference's — 17 register rows entered
 * through the API, last year's three development areas followed up, one set for next year — the document has the
 * reference's 22 chapter headings in order in DOCX and PDF, each printed once; every register row stands in its
 * operational area's table under the right appendix, whose introduction and full column headings are the
 * reference's; no sentence ends in a colon before a heading or a "nothing registered" text. A development area
 * set in 2025's report is followed up in 2026's chapter 2 with its status; chapters are written with versions
 * (409 on a stale one) and history. The reference's year 2022 is played by 2014 (no other test writes there).
 */
@VaksamTest
class QualityReportStructureTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int YEAR = 2014;

    /** reference/004's headings, its year 2022 as 2014 (the reference's "4.1." written "4.1"). */
    private static final List<String> REFERENCE_HEADINGS = List.of(
            "1. Sammanfattning",
            "2. Uppföljning av prioriterade utvecklingsområden 2014",
            "2.1 Stödstruktur för egenkontroll och riskanalys",
            "2.2 Vidareutveckling av arbetet med avvikelser",
            "2.3 Etablera samordnad verksamhetsutveckling",
            "2.4 Brukarundersökningen",
            "2.5 Öppna jämförelser",
            "2.6 Uppföljning av ledningssystemet",
            "3. Ledningssystemets grundläggande uppbyggnad – processer och rutiner",
            "3.1 Revidering av kärnprocesser",
            "4. Det systematiska förbättringsarbetet",
            "4.1 Avvikelser",
            "4.1.1 Klagomål och synpunkter till förvaltningen från utomstående",
            "4.1.2 Klagomål och synpunkter från personal och kvalitetsavvikelser",
            "4.1.3 Lex Sarah",
            "4.1.4 Mönster i avvikelser",
            "4.1.5 Utvecklingsarbete under året",
            "4.2 Riskanalys",
            "4.3 Egenkontroll",
            "5. Prioriterat utvecklingsområde 2015",
            "Bilaga 1. Riskanalyser",
            "Bilaga 2. Egenkontroller");

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    long administration;

    @BeforeEach
    void clean() {
        jdbc.sql("delete from sosfs_risk_analysis where year = :y").param("y", YEAR).update();
        jdbc.sql("delete from self_inspection where year = :y").param("y", YEAR).update();
        jdbc.sql("delete from quality_development_area where year in (2013, 2014, 2025, 2026)").update();
        jdbc.sql("delete from quality_report_chapter where year in (2014, 2026)").update();
        administration = unit("ASF");
    }

    @Test
    void overDataLikeTheReferenceTheReportHasTheReferencesChaptersTablesAndAppendices() throws Exception {
        ApiClient admin = new ApiClient(port, tokens, "admin");
        Map<String, String> rows = referenceRegisterRows(admin);
        assertThat(rows).hasSize(17);
        for (String[] area : new String[][] {
                {"Stödstruktur för egenkontroll och riskanalys", "DONE"},
                {"Vidareutveckling av arbetet med avvikelser", "STARTED"},
                {"Etablera samordnad verksamhetsutveckling", "REMAINS"}}) {
            long id = addArea(admin, 2013, area[0], "Beskrivning av " + area[0] + ".");
            assertThat(admin.send("PUT", "/api/v1/development-areas/" + id, body(Map.of("title", area[0],
                    "description", "Beskrivning av " + area[0] + ".", "status", area[1],
                    "followUp", "Uppföljning av " + area[0] + ".", "version", 0))).statusCode()).isEqualTo(200);
        }
        addArea(admin, YEAR, "Revidering av ledningssystemet", "Ledningssystemet ska revideras under 2015.");

        byte[] docx = file(admin, YEAR + ".docx");
        List<String> headings = DocumentFiles.docxHeadings(docx);
        assertThat(headings.stream().map(h -> h.substring(h.indexOf(' ') + 1)).toList())
                .containsExactlyElementsOf(REFERENCE_HEADINGS);
        assertThat(headings.stream().map(h -> h.substring(0, h.indexOf(' '))).toList()).containsExactly(
                "1", "1", "2", "2", "2", "2", "2", "2", "1", "2", "1", "2", "3", "3", "3", "3", "3", "2", "2", "1", "1", "1");

        String pdfBody = bodyAfterContents(DocumentFiles.pdfPages(file(admin, YEAR + ".pdf")));
        int from = 0;
        for (String heading : REFERENCE_HEADINGS) {
            int at = pdfBody.indexOf(heading, from);
            assertThat(at).as("%s after position %d of the PDF's text", heading, from).isGreaterThanOrEqualTo(0);
            assertThat(pdfBody.indexOf(heading, at + heading.length())).as("%s printed twice", heading).isEqualTo(-1);
            from = at + heading.length();
        }

        String text = DocumentFiles.docxText(docx);
        assertThat(text).contains("Status: Genomfört").contains("Uppföljning av Stödstruktur för egenkontroll och riskanalys.")
                .contains("Status: Påbörjat").contains("Status: Kvarstår")
                .contains("Ledningssystemet ska revideras under 2015.")
                .contains("I tabellen nedan redovisas genomförda riskanalyser 2014. För respektive riskanalys framgår det "
                        + "inom vilket verksamhetsområde som den har genomförts.")
                .contains("I tabellen nedan redovisas genomförda egenkontroller 2014. För respektive egenkontroll framgår "
                        + "det inom vilket verksamhetsområde som den har genomförts.")
                .contains("Under 2014 genomfördes 6 riskanalyser inom 1 verksamhetsområde. Genomförda riskanalyser "
                        + "presenteras i Bilaga 1.")
                .contains("Under 2014 genomfördes 11 egenkontroller inom 3 verksamhetsområden.");

        List<AppendixTable> tables = appendixTables(docx);
        assertThat(tables).extracting(t -> t.appendix() + " / " + t.caption()).containsExactly(
                "Bilaga 1. Riskanalyser / Verksamhetsområde Individ och familj",
                "Bilaga 2. Egenkontroller / Verksamhetsområde Individ och familj",
                "Bilaga 2. Egenkontroller / Verksamhetsområde Arbetsmarknad, ekonomiskt bistånd och boende",
                "Bilaga 2. Egenkontroller / Verksamhetsområde Boende, tillsyn och service");
        assertThat(tables.get(0).header()).containsExactly("Genomförd riskanalys", "Verksamhet där den genomfördes",
                "Förbättrande åtgärder som vidtagits utifrån riskanalysen",
                "Processer och rutiner som förbättrats utifrån riskanalysen");
        for (AppendixTable table : tables.subList(1, 4)) {
            assertThat(table.header()).containsExactly("Genomförd egenkontroll", "Verksamhet där den genomfördes",
                    "Resultat av egenkontrollen", "Förbättrande åtgärder som vidtagits utifrån egenkontrollen",
                    "Processer och rutiner som förbättrats utifrån egenkontrollen");
        }
        Map<String, String> placed = new LinkedHashMap<>();
        tables.forEach(t -> t.firstCells().forEach(title -> placed.put(title, t.appendix() + " / " + t.caption())));
        assertThat(placed).isEqualTo(rows);
        assertNoColonBeforeAHeadingOrNothing(docx);
    }

    @Test
    void aDevelopmentAreaOf2025IsFollowedUpIn2026WithItsStatusHistoryAndVersions() throws Exception {
        ApiClient admin = new ApiClient(port, tokens, "admin");
        long id = addArea(admin, 2025, "Samordning kring barn i flera verksamheter",
                "Brukare med kontakt med flera avdelningar ska få ett samordnat stöd.");
        assertThat(DocumentFiles.docxText(file(admin, "2025.docx"))).contains("5. Prioriterat utvecklingsområde 2026")
                .contains("Samordning kring barn i flera verksamheter")
                .contains("Brukare med kontakt med flera avdelningar ska få ett samordnat stöd.");
        List<String> before = DocumentFiles.docxHeadings(file(admin, "2026.docx"));
        assertThat(before).contains("2 2.1 Samordning kring barn i flera verksamheter");

        JsonNode listed = JSON.readTree(admin.get("/api/v1/quality-reports/2025/development-areas?unitId="
                + administration).body());
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("status").isNull()).isTrue();
        String followUp = body(Map.of("title", "Samordning kring barn i flera verksamheter",
                "description", "Brukare med kontakt med flera avdelningar ska få ett samordnat stöd.",
                "status", "STARTED", "followUp", "Rutinen för samordning revideras och införs under våren.",
                "version", 0));
        HttpResponse<String> done = admin.send("PUT", "/api/v1/development-areas/" + id, followUp);
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(done.body()).get("version").asInt()).isEqualTo(1);
        assertThat(admin.send("PUT", "/api/v1/development-areas/" + id, followUp).statusCode()).isEqualTo(409);
        assertThat(admin.send("PUT", "/api/v1/development-areas/" + id,
                "{\"title\":\"x\",\"description\":\"y\",\"version\":1,\"colour\":\"red\"}").statusCode()).isEqualTo(400);
        JsonNode history = JSON.readTree(admin.get("/api/v1/development-areas/" + id + "/history").body());
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("action").asString()).isEqualTo("UPDATED");

        byte[] docx = file(admin, "2026.docx");
        String text = DocumentFiles.docxText(docx);
        assertThat(DocumentFiles.docxHeadings(docx)).containsSubsequence(
                "1 2. Uppföljning av prioriterade utvecklingsområden 2026", "2 2.1 Samordning kring barn i flera verksamheter")
                .filteredOn(h -> h.contains("Samordning kring barn")).hasSize(1);
        assertThat(text).contains("I Kvalitetsberättelse 2025 identifierades vissa utvecklingsområden")
                .contains("Status: Påbörjat").contains("Rutinen för samordning revideras och införs under våren.");
        assertNoColonBeforeAHeadingOrNothing(docx);
    }

    @Test
    void aChapterIsWrittenWithVersionsAndHistoryAndTheDocumentPrintsIt() throws Exception {
        ApiClient admin = new ApiClient(port, tokens, "admin");
        String path = "/api/v1/quality-reports/2026/chapters/USER_SURVEY?unitId=" + administration;
        JsonNode chapters = JSON.readTree(admin.get("/api/v1/quality-reports/2026/chapters?unitId=" + administration).body());
        assertThat(chapters).hasSize(QualityChapter.values().length);
        assertThat(chapters.get(2).get("code").asString()).isEqualTo("USER_SURVEY");
        assertThat(chapters.get(2).get("heading").asString()).isEqualTo("Brukarundersökningen");
        assertThat(chapters.get(2).get("version").asInt()).isZero();

        String write = body(Map.of("heading", "Brukarundersökningen {år}",
                "body", "Sammanlagt 5 490 brukare erbjöds att delta {år}.\n\n- fler svar\n- fler sätt att svara",
                "version", 0));
        HttpResponse<String> written = admin.send("PUT", path, write);
        assertThat(written.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(written.body()).get("written").asBoolean()).isTrue();
        assertThat(admin.send("PUT", path, write).statusCode()).isEqualTo(409);
        assertThat(admin.send("PUT", "/api/v1/quality-reports/2026/chapters/NO_SUCH?unitId=" + administration, write)
                .statusCode()).isEqualTo(404);
        assertThat(admin.send("PUT", path, body(Map.of("heading", " ", "body", "", "version", 1))).statusCode())
                .isEqualTo(422);
        assertThat(admin.send("PUT", "/api/v1/quality-reports/2026/chapters/USER_SURVEY?unitId=" + unit("IFO"), write)
                .statusCode()).isEqualTo(422);
        assertThat(new ApiClient(port, tokens, "ifo.soc1").send("PUT", path, write.replace("\"version\":0",
                "\"version\":1")).statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(admin.get("/api/v1/quality-reports/2026/chapters/USER_SURVEY/history?unitId="
                + administration).body())).hasSize(1);

        byte[] docx = file(admin, "2026.docx");
        assertThat(DocumentFiles.docxHeadings(docx)).anyMatch(h -> h.matches("2 2\\.\\d Brukarundersökningen 2026"));
        assertThat(DocumentFiles.docxText(docx)).contains("Sammanlagt 5 490 brukare erbjöds att delta 2026.")
                .contains("fler sätt att svara");
    }

    /** The reference's register rows (title → appendix / operational-area table), entered through the API. */
    private Map<String, String> referenceRegisterRows(ApiClient admin) {
        Map<String, String> rows = new LinkedHashMap<>();
        String ifo = "Verksamhetsområde Individ och familj";
        String ama = "Verksamhetsområde Arbetsmarknad, ekonomiskt bistånd och boende";
        String bts = "Verksamhetsområde Boende, tillsyn och service";
        String[][] risks = {
                {"Riskanalys inför omställning av HVB Eja till Klivet (intensiv öppenvård och stödboende).", "IFO-BU-UTR-1"},
                {"Riskanalys inför schemaändring för nattarbete.", "IFO-BU-UTR-1"},
                {"Riskanalys inför flytt av verksamheten Klivet.", "IFO-BU-UTR-1"},
                {"Individuella riskanalyser för placerade ungdomar.", "IFO-BU-MOT-1"},
                {"Riskanalys inför nytt arbetssätt, s.k. Svep.", "IFO-VUX-MB-1"},
                {"Riskanalys inför flytt till nya lokaler i samband med omlokaliseringen av socialtjänstkontor.", "IFO-VUX-MB-1"}};
        for (String[] r : risks) {
            register(admin, "/api/v1/risk-analyses-sosfs", r[0], r[1], null);
            rows.put(r[0], "Bilaga 1. Riskanalyser / " + ifo);
        }
        String[][] inspections = {
                {"Uppföljning av dokumentation i samband med ärendegenomgång.", "IFO-VUX-MB-1", ifo},
                {"Mätning av antal genomförandeplaner i pågående insatser.", "IFO-VUX-MB-1", ifo},
                {"Uppföljning av antal barnsamtal.", "IFO-BU-UTR-1", ifo},
                {"Regelbunden kontroll av ej behandlade aktualiseringar och ej verkställda beslut.", "IFO-BU-MOT-2", ifo},
                {"Granskning av tolkfakturor för eventuella felfaktureringar.", "AMA-EB-NORR-1", ama},
                {"Logguppföljning i Lifecare enligt rutin.", "AMA-EB-NORR-2", ama},
                {"Egenkontroll av handläggningstid för inkomna kostnadsförslag tandvård.", "AMA-EB-SYD-1", ama},
                {"Egenkontroll av jämställda utbetalningar.", "AMA-EB-SYD-1", ama},
                {"Uppföljning av beläggningsstatistik för att följa upp användning av interna boendeformer.", "BTS-BO-BOS-1", bts},
                {"Logguppföljning i Journal digital enligt rutin.", "BTS-BO-BOS-1", bts},
                {"Uppföljning av statistik över nekade placeringsförfrågningar avseende interna boendeplatser.", "BTS-TIL-TIL-1", bts}};
        for (String[] r : inspections) {
            register(admin, "/api/v1/self-inspections", r[0], r[1], "Vissa brister har konstaterats.");
            rows.put(r[0], "Bilaga 2. Egenkontroller / " + r[2]);
        }
        return rows;
    }

    private void register(ApiClient admin, String path, String title, String unitCode, String result) {
        Map<String, Object> entry = new LinkedHashMap<>(Map.of("year", YEAR, "unitId", unit(unitCode), "title", title,
                "place", "Enhet " + unitCode, "improvementActions", "Information till medarbetare.",
                "processesImproved", "Rutinen har förtydligats."));
        if (result != null) {
            entry.put("result", result);
        }
        assertThat(admin.send("POST", path, body(entry)).statusCode()).isEqualTo(201);
    }

    private long addArea(ApiClient admin, int year, String title, String description) throws Exception {
        HttpResponse<String> created = admin.send("POST", "/api/v1/quality-reports/" + year
                + "/development-areas?unitId=" + administration, body(Map.of("title", title, "description", description)));
        assertThat(created.statusCode()).isEqualTo(201);
        return JSON.readTree(created.body()).get("id").asLong();
    }

    private byte[] file(ApiClient client, String name) {
        return client.bytes("/api/v1/quality-reports/" + name + "?unitId=" + administration);
    }

    /** The PDF's text after the table of contents, whitespace as single spaces (a wrapped heading reads whole). */
    private static String bodyAfterContents(List<String> pages) {
        List<String> body = new ArrayList<>();
        boolean contentsSeen = false;
        for (String page : pages) {
            boolean contents = page.contains("Innehåll") && page.contains("....");
            contentsSeen |= contents;
            if (contentsSeen && !contents) {
                body.add(page);
            }
        }
        return String.join(" ", body).replaceAll("\\s+", " ");
    }

    record AppendixTable(String appendix, String caption, List<String> header, List<String> firstCells) {
    }

    private static List<AppendixTable> appendixTables(byte[] docx) throws Exception {
        List<AppendixTable> tables = new ArrayList<>();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String appendix = null;
            String caption = null;
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph p && p.getStyle() != null) {
                    if (p.getStyle().equals("Heading1")) {
                        appendix = p.getText().startsWith("Bilaga") ? p.getText() : null;
                    } else if (p.getStyle().equals("Caption")) {
                        caption = p.getText();
                    }
                } else if (element instanceof XWPFTable t && appendix != null) {
                    List<String> header = t.getRow(0).getTableCells().stream().map(c -> c.getText().strip()).toList();
                    List<String> first = t.getRows().subList(1, t.getRows().size()).stream()
                            .map(r -> r.getCell(0).getText().strip()).toList();
                    tables.add(new AppendixTable(appendix, caption, header, first));
                }
            }
        }
        return tables;
    }

    /** A paragraph ending in a colon is followed by a list or a table, never by a heading or a "nothing" text. */
    private static void assertNoColonBeforeAHeadingOrNothing(byte[] docx) throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<IBodyElement> elements = document.getBodyElements();
            for (int i = 0; i < elements.size() - 1; i++) {
                if (elements.get(i) instanceof XWPFParagraph p && p.getText().strip().endsWith(":")) {
                    IBodyElement next = elements.get(i + 1);
                    boolean listOrTable = next instanceof XWPFTable
                            || next instanceof XWPFParagraph n && n.getNumID() != null;
                    assertThat(listOrTable).as("\"%s\" is followed by a list or a table", p.getText()).isTrue();
                }
            }
        }
    }

    private long unit(String code) {
        return jdbc.sql("select id from org_unit where code = ?").param(code).query(Long.class).single();
    }

    private static String body(Map<String, ?> fields) {
        return JSON.writeValueAsString(fields);
    }
}
