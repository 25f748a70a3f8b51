package se.vaksam.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import se.vaksam.VaksamTest;
import se.vaksam.security.ApiTokens;
import se.vaksam.shared.Period;
import se.vaksam.support.ApiClient;
import se.vaksam.support.WebClient;

@VaksamTest
class PlanPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    PlanManagement plans;

    @Autowired
    PlanQuery query;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private WebClient signedIn(String username) {
        WebClient web = new WebClient(port);
        web.login(username, "vaksam");
        return web;
    }

    long unit(String code) {
        return jdbc.sql("select id from org_unit where code = ?").param(code).query(Long.class).single();
    }

    /** An adopted plan with a review for sektion mottagning 1; returns the review's id. */
    long adoptedReview(int year) {
        PlanLifecycleTests.signInAs("ik.samordnare");
        try {
            long plan = plans.createPlan(unit("ASN"), year);
            long item = plans.addItem(plan, ItemDraft.review(null, "Dokumentation av beslut",
                    unit("IFO-BU-MOT-1"), "ifo.sek.mot1", Period.T1, ReviewKind.NAMNDENS, "Beslut i ärenden",
                    "Kontrollera dokumentationen", "Tio ärenden", "Aktgranskning", "ifo.sek.mot1"), null);
            plans.adopt(plan, new Adoption(LocalDate.of(year - 1, 12, 10), "§ 200", "ASN-" + year + "-1",
                    "Arbetsmarknads- och socialnämnden"), query.plan(plan).version());
            return item;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    Map<String, String> reviewFields(String result, int version) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", Integer.toString(version));
        fields.put("result", result);
        fields.put("tables", "1");
        fields.put("t0.caption", "Loggkontroller");
        fields.put("t0.cols", "2");
        fields.put("t0.rows", "2");
        fields.put("t0.h0", "År");
        fields.put("t0.n0", "true");
        fields.put("t0.h1", "Antal");
        fields.put("t0.n1", "true");
        fields.put("t0.r0c0", "2023");
        fields.put("t0.r0c1", "996");
        fields.put("t0.r1c0", "2024");
        fields.put("t0.r1c1", "1 117");
        fields.put("op", "save");
        return fields;
    }

    @Test
    void theCoordinatorSeesThePlanGroupedUnderRiskHeadings() {
        WebClient web = signedIn("ik.samordnare");
        HttpResponse<String> list = web.get("/plans");
        assertThat(list.statusCode()).isEqualTo(200);
        int year = LocalDate.now(clock).getYear();
        assertThat(list.body()).contains("Internkontrollplan " + year).contains("Antagen");
        long plan = jdbc.sql("select id from plan where year = ? and committee_id = (select id from org_unit where code = 'ASN')").param(year).query(Long.class).single();
        HttpResponse<String> page = web.get("/plans/" + plan);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Direktåtgärder").contains("Nämndens granskningar")
                .contains("Kommungemensamma granskningar").contains("Risk: Inköpsrutinen följs inte")
                .contains("Åtgärd: Implementera inköpsrutinen").contains("Granskning: Attest vid utbetalning")
                .contains("§ 303").contains("ASN-" + (year - 1) + "-1234");
        long item = jdbc.sql("select id from plan_item where title = 'Implementera inköpsrutinen' and plan_id = ?")
                .param(plan).query(Long.class).single();
        assertThat(web.get("/plan-items/" + item).body()).contains("Risk för att förvaltningens inköpsrutin inte följs")
                .contains("Genomförda åtgärder").contains("Historik");
        assertThat(web.get("/improvement-actions").statusCode()).isEqualTo(200);
        assertThat(web.get("/plans/" + plan + "/items/new").statusCode()).isEqualTo(200);
    }

    @Test
    void theFormsOfferThePeopleOfTheCommitteesPartOfTheOrganisationByName() {
        WebClient web = signedIn("ik.samordnare");
        long plan = jdbc.sql("select id from plan where year = ? and committee_id = (select id from org_unit where code = 'ASN')")
                .param(LocalDate.now(clock).getYear()).query(Long.class).single();
        String form = web.get("/plans/" + plan + "/items/new").body();
        assertThat(form).contains("id=\"responsibleUsername\" name=\"responsibleUsername\" data-vk-picker",
                "id=\"reviewerUsername\" name=\"reviewerUsername\" data-vk-picker",
                "<option value=\"ifo.sek.mot1\">Fredrik Jönsson</option>",
                "<option value=\"ik.samordnare\">Ingrid Karlsson</option>");
        assertThat(form).as("placed at the kommun, outside the committee's part")
                .doesNotContain("<option value=\"admin\">");
        long item = jdbc.sql("select id from plan_item where plan_id = ? and kind = 'REVIEW' order by id limit 1").param(plan)
                .query(Long.class).single();
        assertThat(web.get("/plan-items/" + item).body()).contains("name=\"ownerUsername\" data-vk-picker",
                "<option value=\"ifo.sek.mot1\">Fredrik Jönsson</option>");
    }

    @Test
    void aPersonOutsideTheResponsibleUnitCannotReportInTheUiOrTheApi() {
        long item = adoptedReview(2040);
        int version = jdbc.sql("select version from plan_item where id = ?").param(item).query(Integer.class).single();
        WebClient outsider = signedIn("ifo.sek.mot2");
        assertThat(outsider.get("/plan-items/" + item).body()).doesNotContain("Spara rapporten");
        HttpResponse<String> refused = outsider.submit("/plan-items/" + item, "/plan-items/" + item + "/report",
                reviewFields("Inte min granskning", version));
        assertThat(refused.statusCode()).isEqualTo(403);
        ApiClient api = new ApiClient(port, tokens, "ifo.sek.mot2");
        assertThat(api.send("PUT", "/api/v1/plan-items/" + item + "/review-report",
                "{\"report\":{\"result\":\"Inte min\"},\"version\":" + version + "}").statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select result from plan_item where id = ?").param(item).query(String.class).optional())
                .isEmpty();
        assertThat(jdbc.sql("select version from plan_item where id = ?").param(item).query(Integer.class).single())
                .isEqualTo(version);
    }

    @Test
    void theSecondOfTwoSavesGetsAConflictAndKeepsWhatWasTyped() {
        long item = adoptedReview(2041);
        int version = jdbc.sql("select version from plan_item where id = ?").param(item).query(Integer.class).single();
        WebClient first = signedIn("ifo.sek.mot1");
        WebClient second = signedIn("ik.samordnare");
        HttpResponse<String> saved = first.submit("/plan-items/" + item, "/plan-items/" + item + "/report",
                reviewFields("Första resultatet", version));
        assertThat(saved.statusCode()).isEqualTo(302);
        HttpResponse<String> conflict = second.submit("/plan-items/" + item, "/plan-items/" + item + "/report",
                reviewFields("Andra resultatet som inte får försvinna", version));
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.body()).contains("Någon annan har ändrat uppgifterna")
                .contains("Andra resultatet som inte får försvinna").contains("1 117".replace(" ", "")).contains("996");
        PlanQuery.ItemView stored = itemAs("ik.samordnare", item);
        assertThat(stored.result()).isEqualTo("Första resultatet");
        assertThat(stored.tables()).singleElement().satisfies(t -> {
            assertThat(t.caption()).isEqualTo("Loggkontroller");
            assertThat(t.rows().get(1).get(1).number()).isEqualByComparingTo("1117");
        });
        assertThat(conflict.body()).as("what is saved now, beside the typed text").contains("id=\"conflict\"",
                "Sparat nu av Fredrik Jönsson", "Första resultatet");

        java.util.regex.Matcher offered = java.util.regex.Pattern.compile(
                "id=\"report\">.*?name=\"version\" value=\"(\\d+)\"", java.util.regex.Pattern.DOTALL)
                .matcher(conflict.body());
        assertThat(offered.find()).isTrue();
        assertThat(Integer.parseInt(offered.group(1))).as("the current version").isEqualTo(version + 1);
        HttpResponse<String> reapplied = second.submit("/plan-items/" + item, "/plan-items/" + item + "/report",
                reviewFields("Första resultatet. Andra resultatet som inte får försvinna",
                        Integer.parseInt(offered.group(1))));
        assertThat(reapplied.statusCode()).as("saved over the current version, without a reload").isEqualTo(302);
        assertThat(itemAs("ik.samordnare", item).result())
                .isEqualTo("Första resultatet. Andra resultatet som inte får försvinna");

        ApiClient api = new ApiClient(port, tokens, "ifo.sek.mot1");
        HttpResponse<String> stale = api.send("PUT", "/api/v1/plan-items/" + item + "/review-report",
                "{\"report\":{\"result\":\"API\"},\"version\":" + (version + 1) + "}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("du skickade version " + (version + 1) + " men den är nu version "
                + (version + 2)).contains("\"sentVersion\":" + (version + 1))
                .contains("\"currentVersion\":" + (version + 2)).doesNotContain("Ladda om sidan");
    }

    @Test
    void theTableEditorAddsRowsAndColumnsWithoutSaving() {
        long item = adoptedReview(2042);
        int version = jdbc.sql("select version from plan_item where id = ?").param(item).query(Integer.class).single();
        WebClient web = signedIn("ifo.sek.mot1");
        Map<String, String> fields = reviewFields("Utkast", version);
        fields.put("op", "addCol:0");
        HttpResponse<String> page = web.submit("/plan-items/" + item, "/plan-items/" + item + "/report", fields);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("name=\"t0.h2\"").contains("Utkast");
        assertThat(jdbc.sql("select result from plan_item where id = ?").param(item).query(String.class).optional())
                .isEmpty();
    }

    PlanQuery.ItemView itemAs(String username, long item) {
        PlanLifecycleTests.signInAs(username);
        try {
            return query.item(item);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
