package se.vaksam.org;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vaksam.org.OrgTestSupport.personId;
import static se.vaksam.org.OrgTestSupport.unitId;
import static se.vaksam.org.PersonEditingTests.today;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.vaksam.VaksamTest;
import se.vaksam.security.ApiTokens;
import se.vaksam.support.ApiClient;
import se.vaksam.support.WebClient;

/**
 * Issue 13: nobody widens their own rights. Nobody grants, ends or changes their own placements; a role is
 * granted only by someone whose own rights cover it at that unit; the roles that open confidential records are
 * granted only by a system administrator, with a reason, and the person and their manager are told.
 */
@VaksamTest
class NobodyWidensTheirOwnRightsTests {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    private HttpResponse<String> place(String who, String person, String unitCode, String role, String reason) {
        return new ApiClient(port, tokens, who).send("POST", "/api/v1/persons/" + personId(jdbc, person)
                + "/placements", "{\"unitId\":" + unitId(jdbc, unitCode) + ",\"role\":\"" + role + "\",\"validFrom\":\""
                + today() + "\"" + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}");
    }

    private int placements(String person) {
        return jdbc.sql("select count(*) from placement where person_id = ?").param(personId(jdbc, person))
                .query(Integer.class).single();
    }

    @Test
    void aControllerCannotGrantThemselfQualityControllerAndStillCannotReadTheLexSarahCase() {
        int before = placements("controller");
        HttpResponse<String> selfGrant = place("controller", "controller", "ASF", "QUALITY_CONTROLLER", "Behöver");
        assertThat(selfGrant.statusCode()).isEqualTo(403);
        assertThat(selfGrant.body()).contains("Du kan inte ändra dina egna placeringar.");
        assertThat(placements("controller")).isEqualTo(before);
        assertThat(new ApiClient(port, tokens, "controller").get("/api/v1/deviations/8").statusCode())
                .isEqualTo(403);
    }

    @Test
    void theCoordinatorAndASectionHeadCannotGrantThemselvesMore() {
        assertThat(place("ik.samordnare", "ik.samordnare", "ASF", "LEX_SARAH_INVESTIGATOR", "Utreder").statusCode())
                .isEqualTo(403);
        assertThat(place("ifo.sek.mot1", "ifo.sek.mot1", "IFO-BU-MOT-1", "ADMINISTRATION_HEAD", "Byter").statusCode())
                .isEqualTo(403);
        assertThat(place("ifo.sek.mot1", "ifo.sek.mot1", "IFO-BU-MOT-1", "LEX_SARAH_INVESTIGATOR", "Byter")
                .statusCode()).isEqualTo(403);
        long own = jdbc.sql("""
                select pl.id from placement pl join person p on p.id = pl.person_id
                where p.username = 'ifo.sek.mot1' and pl.role = 'SECTION_HEAD'""").query(Long.class).single();
        HttpResponse<String> endOwn = new ApiClient(port, tokens, "ifo.sek.mot1").send("POST",
                "/api/v1/placements/" + own + "/end", "{\"lastDay\":\"" + today() + "\",\"reason\":\"Slutar\"}");
        assertThat(endOwn.statusCode()).isEqualTo(403);
        assertThat(endOwn.body()).contains("Du kan inte ändra dina egna placeringar.");
    }

    @Test
    void aSectionHeadPlacesEmployeesInTheirSectionButNoRoleAboveTheirOwn() {
        HttpResponse<String> head = place("ifo.sek.mot1", "ifo.fss", "IFO-BU-MOT-1", "DEPARTMENT_HEAD", "Befordran");
        assertThat(head.statusCode()).isEqualTo(403);
        assertThat(head.body()).contains("Avdelningschef");
        HttpResponse<String> lexSarah = place("ifo.sek.mot1", "ifo.fss", "IFO-BU-MOT-1", "LEX_SARAH_INVESTIGATOR",
                "Utreder");
        assertThat(lexSarah.statusCode()).isEqualTo(403);
        assertThat(lexSarah.body()).contains("Rollen Lex Sarah-utredare kan bara ges av en systemadministratör.");
        assertThat(place("ifo.sek.mot1", "ifo.fss", "IFO-BU-MOT-1", "EMPLOYEE", "Extra tjänst").statusCode())
                .isEqualTo(201);
    }

    @Test
    void theCoordinatorCannotGrantARoleThatOpensConfidentialRecords() {
        for (String role : List.of("LEX_SARAH_INVESTIGATOR", "QUALITY_CONTROLLER", "INTERNAL_CONTROL_COORDINATOR",
                "SYSTEM_ADMINISTRATOR")) {
            assertThat(place("ik.samordnare", "ifo.avd.bu", "IFO-BU", role, "Behövs").statusCode()).as(role)
                    .isEqualTo(403);
        }
    }

    @Test
    void anAdministratorGrantsLexSarahInvestigatorOnlyWithAReasonAndThePersonAndTheirManagerAreTold()
            throws Exception {
        HttpResponse<String> withoutReason = place("admin", "ifo.soc1", "IFO-BU-MOT-1", "LEX_SARAH_INVESTIGATOR", null);
        assertThat(withoutReason.statusCode()).isEqualTo(422);
        assertThat(withoutReason.body()).contains("Ange skäl");

        HttpResponse<String> granted = place("admin", "ifo.soc1", "IFO-BU-MOT-1", "LEX_SARAH_INVESTIGATOR",
                "Utreder lex Sarah-rapport 2026-17");
        assertThat(granted.statusCode()).isEqualTo(201);
        assertThat(jdbc.sql("""
                select grant_reason from placement pl join person p on p.id = pl.person_id
                where p.username = 'ifo.soc1' and pl.role = 'LEX_SARAH_INVESTIGATOR'""").query(String.class).single())
                .isEqualTo("Utreder lex Sarah-rapport 2026-17");

        assertThat(smtp.waitForIncomingEmail(TimeUnit.SECONDS.toMillis(10), 2)).isTrue();
        List<MimeMessage> mails = Arrays.stream(smtp.getReceivedMessages()).filter(this::aboutLexSarah).toList();
        assertThat(mails).extracting(m -> m.getRecipients(Message.RecipientType.TO)[0].toString())
                .containsExactlyInAnyOrder("kalle.svensson@vaksam.example", "fredrik.jonsson@vaksam.example");
        assertThat(GreenMailUtil.getBody(mails.get(0))).contains("Lex Sarah-utredare")
                .contains("Utreder lex Sarah-rapport 2026-17");

        for (String who : List.of("ifo.soc1", "ifo.sek.mot1")) {
            assertThat(OrgTestSupport.signedIn(port, who).get("/").body()).as(who)
                    .contains("Lex Sarah-utredare").contains("Kalle Svensson");
        }
        String history = OrgTestSupport.signedIn(port, "admin").get("/people/" + personId(jdbc, "ifo.soc1")).body();
        assertThat(history).contains("Utreder lex Sarah-rapport 2026-17").contains("Lex Sarah-utredare");
    }

    private boolean aboutLexSarah(MimeMessage message) {
        try {
            return GreenMailUtil.getBody(message).contains("Lex Sarah-utredare");
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Test
    void aControllerCannotChangeSomeoneElsesEmailOrConfidentialFlag() {
        long person = personId(jdbc, "ifo.soc2");
        int version = jdbc.sql("select version from person where id = ?").param(person).query(Integer.class).single();
        HttpResponse<String> changed = new ApiClient(port, tokens, "controller").send("PATCH", "/api/v1/persons/"
                + person, "{\"email\":\"annan@example.com\",\"confidential\":false,\"version\":" + version + "}");
        assertThat(changed.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select email from person where id = ?").param(person).query(String.class).single())
                .isEqualTo("linnea.gustafsson@vaksam.example");
        assertThat(new ApiClient(port, tokens, "ifo.enh.mot").send("PATCH", "/api/v1/persons/" + person,
                "{\"email\":\"annan@example.com\",\"version\":" + version + "}").statusCode()).isEqualTo(403);
    }

    @Test
    void aPersonChangesTheirOwnEmailButNotTheirOwnConfidentialFlag() {
        long person = personId(jdbc, "ama.hand1");
        ApiClient self = new ApiClient(port, tokens, "ama.hand1");
        int version = jdbc.sql("select version from person where id = ?").param(person).query(Integer.class).single();
        assertThat(self.send("PATCH", "/api/v1/persons/" + person,
                "{\"confidential\":true,\"version\":" + version + "}").statusCode()).isEqualTo(403);
        assertThat(self.send("PATCH", "/api/v1/persons/" + person,
                "{\"email\":\"ulla@example.com\",\"version\":" + version + ",\"reason\":\"Ny adress\"}").statusCode())
                .isEqualTo(200);
        assertThat(jdbc.sql("select email from person where id = ?").param(person).query(String.class).single())
                .isEqualTo("ulla@example.com");
    }

    @Test
    void onTheirOwnPageAPersonIsOfferedTheirEmailButNotTheirDetailsOrPlacements() {
        long person = personId(jdbc, "ama.hand2");
        WebClient web = OrgTestSupport.signedIn(port, "ama.hand2");
        String page = web.get("/people/" + person).body();
        assertThat(page).contains("Ändra din e-postadress").doesNotContain("Spara personuppgifterna")
                .doesNotContain("Lägg till placering").doesNotContain("Avsluta placering");
        assertThat(web.submit("/people/" + person, "/people/" + person + "/email",
                Map.of("email", "viktor@example.com", "version", jdbc.sql("select version::text from person where id = ?")
                        .param(person).query(String.class).single())).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select email from person where id = ?").param(person).query(String.class).single())
                .isEqualTo("viktor@example.com");

        long chef = personId(jdbc, "ifo.sek.mot1");
        String own = OrgTestSupport.signedIn(port, "ifo.sek.mot1").get("/people/" + chef).body();
        assertThat(own).doesNotContain("Lägg till placering").doesNotContain("Avsluta placering");
    }
}
