package se.vaksam;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.vaksam.security.ApiTokens;
import se.vaksam.support.ApiClient;

/**
 * Reference data a client needs before it can write anything, each read through a documented, bounded list
 * operation: the committees a person works with (and may manage), risk categories, deviation categories, roles,
 * the units a person may change.
 */
@VaksamTest
class ReferenceDataApiTests {

    @LocalServerPort
    int port;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcClient jdbc;

    long id(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Test
    void theCoordinatorFindsTheCommitteeItManagesAndCreatesAPlanForIt() {
        ApiClient coordinator = new ApiClient(port, tokens, "ik.samordnare");
        long asn = id("select id from org_unit where code = 'ASN'");
        assertThat(coordinator.get("/api/v1/units").body()).doesNotContain("\"code\":\"ASN\"");
        HttpResponse<String> committees = coordinator.get("/api/v1/committees?manageable=true");
        assertThat(committees.statusCode()).isEqualTo(200);
        assertThat(committees.body()).contains("{\"id\":%d,\"code\":\"ASN\",\"name\":\"Arbetsmarknads- och socialnämnden\",\"manageable\":true}".formatted(asn));
        assertThat(coordinator.send("POST", "/api/v1/plans", "{\"committeeId\":%d,\"year\":2062}".formatted(asn))
                .statusCode()).isEqualTo(201);

        ApiClient auditor = new ApiClient(port, tokens, "revisor");
        assertThat(auditor.get("/api/v1/committees").body()).contains("\"code\":\"ASN\"", "\"manageable\":false");
        assertThat(auditor.get("/api/v1/committees?manageable=true").body()).isEqualTo("[]");
        HttpResponse<String> tooMany = auditor.get("/api/v1/committees?limit=201");
        assertThat(tooMany.statusCode()).isEqualTo(422);
        assertThat(tooMany.body()).contains("högst 200");
    }

    @Test
    void riskCategoriesDeviationCategoriesRolesAndWritableUnitsAreListed() {
        ApiClient employee = new ApiClient(port, tokens, "ifo.soc1");
        long verksamhet = id("select id from risk_category where code = 'VERKSAMHET'");
        HttpResponse<String> risks = employee.get("/api/v1/risk-categories");
        assertThat(risks.statusCode()).isEqualTo(200);
        assertThat(risks.body()).startsWith("[{\"id\":%d,\"code\":\"VERKSAMHET\",\"name\":\"Verksamhet\"}"
                .formatted(verksamhet));
        assertThat(employee.get("/api/v1/risk-categories?limit=1").body()).doesNotContain("EKONOMI");
        assertThat(employee.get("/api/v1/risk-categories?limit=0").statusCode()).isEqualTo(422);

        long categories = id("select count(*) from deviation_category");
        assertThat(categories).isGreaterThan(2);
        assertThat(employee.get("/api/v1/deviations/categories").body().split("\"list\"")).hasSize((int) categories + 1);
        assertThat(employee.get("/api/v1/deviations/categories?limit=2").body().split("\"list\"")).hasSize(3);

        HttpResponse<String> roles = employee.get("/api/v1/roles");
        assertThat(roles.statusCode()).isEqualTo(200);
        assertThat(roles.body().split("\"code\"")).hasSize(13);
        assertThat(roles.body()).contains("{\"code\":\"INTERNAL_CONTROL_COORDINATOR\",\"name\":\"Internkontrollsamordnare\","
                + "\"read\":\"SUBTREE\",\"write\":\"SUBTREE\",\"committeeLevel\":true}");

        ApiClient head = new ApiClient(port, tokens, "ifo.sek.mot1");
        String writable = head.get("/api/v1/units?writable=true").body();
        assertThat(writable).contains("\"code\":\"IFO-BU-MOT-1\"").doesNotContain("\"code\":\"IFO-BU-MOT-2\"");
        assertThat(head.get("/api/v1/units").body().length()).isGreaterThanOrEqualTo(writable.length());
    }
}
