package se.vaksam.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.vaksam.VaksamTest;
import se.vaksam.security.ApiTokens;
import se.vaksam.support.ApiClient;

@VaksamTest
class GoverningDocumentApiTests {

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    long id(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).list().get(0);
    }

    @Test
    void theCoordinatorRegistersARoutineWithItsRevisionAndLinksItFromARisk() {
        ApiClient coordinator = new ApiClient(port, tokens, "ik.samordnare");
        long asf = id("select id from org_unit where code = 'ASF'");
        // decided ten months before the clock's day: revised a year after the decision, not yet overdue
        LocalDate decided = LocalDate.now(clock).minusMonths(10);
        HttpResponse<String> created = coordinator.send("POST", "/api/v1/governing-documents", """
                {"owningUnitId":%d,"title":"Rutin för hantering av sekretess i sociala medier","kind":"ROUTINE",
                 "ownerUsername":"kval.controller","decidedBy":"Förvaltningsdirektören","decidedOn":"%s",
                 "diaryNumber":"ASF-2026-100","validFrom":"%s","revisionMonths":12,
                 "implementationStatus":"IN_PROGRESS","link":"https://intranat.malmo.se/rutin"}"""
                .formatted(asf, decided, decided.plusMonths(1)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).contains("\"nextRevision\":\"" + decided.plusMonths(12) + "\"")
                .contains("\"ownerName\":")
                .contains("\"kind\":\"ROUTINE\"");
        long document = id("select id from governing_document where diary_number = 'ASF-2026-100'");

        HttpResponse<String> bad = coordinator.send("POST", "/api/v1/governing-documents", """
                {"owningUnitId":%d,"title":"Utan typ","revisionMonths":0}""".formatted(asf));
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("Ange titel, typ och ägande enhet");
        assertThat(id("select count(*) from governing_document where title = 'Utan typ'")).isZero();
        HttpResponse<String> badLink = coordinator.send("POST", "/api/v1/governing-documents", """
                {"owningUnitId":%d,"title":"Länk","kind":"ROUTINE","link":"javascript:alert(1)"}""".formatted(asf));
        assertThat(badLink.statusCode()).isEqualTo(422);
        assertThat(badLink.body()).contains("https://");

        LocalDate revised = LocalDate.now(clock).plusMonths(6);
        String edit = """
                {"document":{"owningUnitId":%d,"title":"Rutin för sekretess i sociala medier","kind":"ROUTINE",
                 "ownerUsername":"kval.controller","revisionMonths":12,"nextRevision":"%s"},"version":%d}""";
        assertThat(coordinator.send("PUT", "/api/v1/governing-documents/" + document, edit.formatted(asf, revised, 0))
                .statusCode()).isEqualTo(200);
        HttpResponse<String> stale = coordinator.send("PUT", "/api/v1/governing-documents/" + document,
                edit.formatted(asf, revised, 0));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).as("the version sent and the current one").contains("\"sentVersion\":0")
                .contains("\"currentVersion\":1");

        long risk = id("select min(id) from risk");
        HttpResponse<String> linked = coordinator.send("POST", "/api/v1/governing-documents/" + document + "/links",
                "{\"recordType\":\"risk.risk\",\"recordId\":\"%d\"}".formatted(risk));
        assertThat(linked.statusCode()).as(linked.body()).isEqualTo(200);
        assertThat(coordinator.get("/api/v1/governing-documents/linked?recordType=risk.risk&recordId=" + risk).body())
                .contains("Rutin för sekretess i sociala medier");
        assertThat(coordinator.send("POST", "/api/v1/governing-documents/" + document + "/links",
                "{\"recordType\":\"org.unit\",\"recordId\":\"1\"}").statusCode()).isEqualTo(422);
        assertThat(coordinator.get("/api/v1/governing-documents/" + document + "/history").body())
                .contains("risk.risk " + risk);

        assertThat(new ApiClient(port, tokens, "revisor").send("POST", "/api/v1/governing-documents/" + document + "/links",
                "{\"recordType\":\"risk.risk\",\"recordId\":\"%d\"}".formatted(risk)).statusCode()).isEqualTo(403);

        ApiClient employee = new ApiClient(port, tokens, "ifo.soc1");
        assertThat(employee.get("/api/v1/governing-documents/" + document).statusCode()).isEqualTo(403);
        assertThat(employee.get("/api/v1/governing-documents").body()).doesNotContain("sociala medier");
        ApiClient auditor = new ApiClient(port, tokens, "revisor");
        assertThat(auditor.get("/api/v1/governing-documents?overdue=true").body())
                .contains("Rutin för systematisk logguppföljning").doesNotContain("sociala medier");
        assertThat(auditor.send("PUT", "/api/v1/governing-documents/" + document, edit.formatted(asf, revised, 1))
                .statusCode()).isEqualTo(403);
    }
}
