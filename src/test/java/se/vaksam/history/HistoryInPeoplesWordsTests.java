package se.vaksam.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vaksam.VaksamTest;
import se.vaksam.support.WebClient;

/**
 * Every history of the demo data, on the page that shows it, reads in people's words: no field name that
 * looks like code, no raw enum value, people by name and times in Swedish time.
 */
@VaksamTest
class HistoryInPeoplesWordsTests {

    /** The page that shows a record's history, by record type; the id is the record's, or found by the query. */
    private static final Map<String, String> PAGES = Map.ofEntries(
            Map.entry("org.unit", "/org/units/%s"),
            Map.entry("org.person", "/people/%s"),
            Map.entry("org.placement", "/people/%s"),
            Map.entry("plan.plan", "/plans/%s"),
            Map.entry("plan.item", "/plan-items/%s"),
            Map.entry("plan.improvement-action", "/improvement-actions/%s"),
            Map.entry("risk.risk", "/risks/%s"),
            Map.entry("check.duty", "/recurring-duties/%s"),
            Map.entry("governance.document", "/governing-documents/%s"),
            Map.entry("audit.recommendation", "/audit-recommendations/%s"),
            Map.entry("deviation.deviation", "/deviations/%s"),
            Map.entry("risk.analysis", "/risk-analyses/%s"),
            Map.entry("risk.matrix", "/risk-matrices/%s"),
            Map.entry("audit.review", "/audits/%s"),
            Map.entry("selfassessment.assessment", "/self-assessments/%s"),
            Map.entry("security.account", "/admin/accounts/%s"));

    /**
     * Record types whose history is kept but shown in no history table of a page (the API gives it, or the page
     * lists the versions themselves, e.g. the snapshots of a report), or whose page is reached by a composite key
     * (a plan's follow-up per period, kommunstyrelsen's decision per year) that this sweep does not build.
     */
    private static final Set<String> NOT_ON_A_PAGE = Set.of("check.population", "check.sample", "check.checklist",
            "report.snapshot", "security.access-log", "deviation.category", "deviation.pattern", "plan.followUp",
            "plan.commonReviewDecision");

    private static final Pattern CODE_LIKE = Pattern.compile(
            "\\b[a-z]+[A-Z][A-Za-z]*\\b|\\b\\w+_\\w+\\b|_id\\b|\\b[a-z]+\\.[a-z]+[A-Za-z.-]*\\b");
    private static final Pattern ENUM_LIKE = Pattern.compile("[A-Z][A-Z0-9_]*[A-Z0-9]");
    private static final Pattern SWEDISH_MINUTE = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    se.vaksam.security.ApiTokens tokens;

    /**
     * A quality deviation taken from report to closure over the API, so that the deviation's history (which
     * the demo data does not have) is among those checked.
     */
    long handledDeviation() {
        Long existing = jdbc.sql("select id from deviation where title = 'Historik i klartext'").query(Long.class)
                .optional().orElse(null);
        if (existing != null) {
            return existing;
        }
        long unit = jdbc.sql("select id from org_unit where code = 'IFO-BU-MOT-1'").query(Long.class).single();
        long cause = jdbc.sql("select min(id) from deviation_category where list = 'CAUSE'").query(Long.class).single();
        long measure = jdbc.sql("select min(id) from deviation_category where list = 'MEASURE'").query(Long.class).single();
        var created = api("ifo.soc1").send("POST", "/api/v1/deviations", """
                {"kind":"QUALITY","unitId":%d,"title":"Historik i klartext","description":"Journalanteckning saknades."}"""
                .formatted(unit));
        assertThat(created.statusCode()).isEqualTo(201);
        long id = Long.parseLong(created.body().replaceAll("(?s).*?\"id\"\\s*:\\s*(\\d+).*", "$1"));
        String steps = "/api/v1/deviations/" + id + "/steps";
        assertThat(api("ifo.sek.mot1").send("POST", steps, "{\"step\":\"ASSIGN\",\"version\":0,\"assignee\":\"ifo.sek.mot1\"}")
                .statusCode()).isEqualTo(200);
        assertThat(api("ifo.sek.mot1").send("POST", steps,
                "{\"step\":\"INVESTIGATE\",\"version\":1,\"text\":\"Stress.\",\"categoryId\":" + cause + "}").statusCode())
                .isEqualTo(200);
        assertThat(api("ifo.sek.mot1").send("POST", steps,
                "{\"step\":\"DECIDE_MEASURES\",\"version\":2,\"text\":\"Rutin.\",\"categoryId\":" + measure + "}")
                .statusCode()).isEqualTo(200);
        assertThat(api("ifo.sek.mot1").send("POST", steps, "{\"step\":\"CLOSE\",\"version\":3,\"text\":\"Klart.\"}")
                .statusCode()).isEqualTo(200);
        return id;
    }

    private se.vaksam.support.ApiClient api(String username) {
        return new se.vaksam.support.ApiClient(port, tokens, username);
    }

    record Shown(String recordType, String recordId) {
    }

    @Test
    void noHistoryRowOfTheDemoDataShowsCodeWordsOrUsernames() {
        handledDeviation();
        // At most 25 records of each type (other tests import thousands), none whose history ends in its removal.
        List<Shown> records = jdbc.sql("""
                select record_type, record_id from (
                  select record_type, record_id, bool_or(action = 'DELETED') as removed,
                         row_number() over (partition by record_type order by min(id)) as n
                  from history_entry group by record_type, record_id) t
                where not removed and n <= 25 order by 1, 2""")
                .query((rs, n) -> new Shown(rs.getString(1), rs.getString(2))).list();
        assertThat(records).extracting(Shown::recordType).contains("plan.plan", "plan.item", "org.unit", "org.placement");
        Set<String> enumValues = Set.copyOf(jdbc.sql("""
                select before_value from history_change where before_value ~ '^[A-Z][A-Z0-9_]*[A-Z0-9]$'
                union select after_value from history_change where after_value ~ '^[A-Z][A-Z0-9_]*[A-Z0-9]$'""")
                .query(String.class).list());
        Set<String> usernames = Set.copyOf(jdbc.sql("select username from person").query(String.class).list());
        Set<String> fieldNames = Set.copyOf(jdbc.sql("select distinct field from history_change").query(String.class).list());
        assertThat(enumValues).as("the demo data has enum values in its history").contains("DRAFT", "ADOPTED", "UNIT_HEAD");

        WebClient web = new WebClient(port);
        web.login("admin", "vaksam");
        Map<String, String> pagesSeen = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        int rowsChecked = 0;
        Set<String> typesShown = new java.util.HashSet<>();
        for (Shown record : records) {
            if (NOT_ON_A_PAGE.contains(record.recordType()) || record.recordType().startsWith("test.")) {
                continue;
            }
            assertThat(PAGES).as("a page that shows the history of " + record.recordType()).containsKey(record.recordType());
            String id = record.recordType().equals("org.placement")
                    ? jdbc.sql("select person_id::text from placement where id = ?::bigint").param(record.recordId())
                            .query(String.class).single()
                    : record.recordId();
            String path = PAGES.get(record.recordType()).formatted(id);
            typesShown.add(record.recordType());
            if (pagesSeen.containsKey(path)) {
                continue;
            }
            var response = web.get(path);
            if (response.statusCode() == 404) {
                continue; // removed by another test's clean-up, directly in the database
            }
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            Document page = Jsoup.parse(response.body());
            page.select("[aria-hidden=true]").remove();
            pagesSeen.put(path, record.recordType());
            for (Element row : page.select("tr.vk-history-row")) {
                rowsChecked++;
                var cells = row.select("td");
                String when = cells.get(0).text();
                String who = cells.get(1).text();
                if (!SWEDISH_MINUTE.matcher(when).matches()) {
                    problems.add(path + ": time " + when);
                }
                if (usernames.contains(who)) {
                    problems.add(path + ": a username instead of a name: " + who);
                }
                for (Element label : row.select(".vk-history-changes strong")) {
                    String text = label.text();
                    if (CODE_LIKE.matcher(text).find() || fieldNames.contains(text)) {
                        problems.add(path + ": field name " + text);
                    }
                }
                for (Element line : row.select(".vk-history-changes li")) {
                    String word = line.text();
                    if (line.selectFirst("strong").text().equals("Kod")) {
                        continue; // a unit's code is a code
                    }
                    for (String token : word.split("[\\s:,()]+")) {
                        if (enumValues.contains(token) && ENUM_LIKE.matcher(token).matches()) {
                            problems.add(path + ": raw value " + token + " in «" + word + "»");
                        }
                    }
                }
                if (row.select(".vk-history-changes li").eachText().stream().anyMatch(t -> t.contains("– →"))) {
                    problems.add(path + ": a dash for a missing value");
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(rowsChecked).as("history rows checked on " + pagesSeen.keySet()).isGreaterThan(20);
        assertThat(typesShown).containsAll(
                records.stream().map(Shown::recordType).filter(t -> !NOT_ON_A_PAGE.contains(t) && !t.startsWith("test."))
                        .toList());
    }

    @Test
    void aHandledDeviationsHistoryNamesThePeopleTheStatusesAndTheCategories() {
        long id = handledDeviation();
        WebClient web = new WebClient(port);
        web.login("ifo.sek.mot1", "vaksam");
        Document page = Jsoup.parse(web.get("/deviations/" + id).body());
        page.select("[aria-hidden=true]").remove();
        String cause = jdbc.sql("select name from deviation_category where id = (select cause_category_id from deviation where id = ?)")
                .param(id).query(String.class).single();
        String handler = jdbc.sql("select given_name || ' ' || family_name from person where username = 'ifo.sek.mot1'")
                .query(String.class).single();

        List<String> changes = page.select("tr.vk-history-row .vk-history-changes li").eachText();
        assertThat(changes).contains("Status: Inkommen ändrat till Tilldelad", "Handläggare: " + handler,
                "Orsak: " + cause, "Status: Åtgärder beslutade ändrat till Avslutad");
        assertThat(changes).noneMatch(c -> c.contains("_id") || c.contains("_by") || c.contains("MEASURES_DECIDED"));
    }

    @Test
    void aPlansAdoptionReadsAsStatusesDatesAndANameInSwedish() {
        WebClient web = new WebClient(port);
        web.login("admin", "vaksam");
        String planId = jdbc.sql("select record_id from history_entry where record_type = 'plan.plan' limit 1")
                .query(String.class).single();
        Document page = Jsoup.parse(web.get("/plans/" + planId).body());
        page.select("[aria-hidden=true]").remove();

        List<String> changes = page.select("tr.vk-history-row .vk-history-changes li").eachText();
        assertThat(changes).contains("Status: Utkast ändrat till Antagen", "Status: Utkast", "Beslutsdatum: 2025-12-11",
                "Diarienummer: ASN-2025-1234");
        assertThat(page.select("tr.vk-history-row td:eq(1)").eachText()).allSatisfy(who -> assertThat(who)
                .doesNotContain(".").isNotEqualTo("ik.samordnare"));
    }
}
