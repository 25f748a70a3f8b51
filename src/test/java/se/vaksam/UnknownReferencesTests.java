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
 * A record refers only to records that exist: a create or change that names a unit, category, risk, plan
 * or person that is not there is refused with a Swedish 422 that names the field, and nothing is stored,
 * in every module, even for the administrator (who may write everywhere, so no access rule stops it first).
 */
@VaksamTest
class UnknownReferencesTests {

    private static final long NONE = 999_999;

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRiskNeedsAnExistingUnitCategoryAndOwner() {
        String body = """
                {"title":"Referensrisk","event":"händelse","cause":"orsak","consequence":"följd","categoryId":%d,
                 "unitId":%d,"ownerUsername":%s,"origin":"DEPARTMENT","reviewIntervalMonths":12}""";
        long category = id("select min(id) from risk_category");
        long unit = id("select id from org_unit where code = 'IFO-BU-MOT-1'");
        refused("POST", "/api/v1/risks", body.formatted(category, NONE, "null"), "unitId");
        refused("POST", "/api/v1/risks", body.formatted(NONE, unit, "null"), "categoryId");
        refused("POST", "/api/v1/risks", body.formatted(category, unit, "\"ingen.sadan\""), "ingen.sadan");
        assertThat(id("select count(*) from risk where title = 'Referensrisk'")).isZero();
    }

    @Test
    void aPlanAndItsItemsNeedAnExistingCommitteeUnitAndRisk() {
        refused("POST", "/api/v1/plans", "{\"committeeId\":%d,\"year\":2047}".formatted(NONE), "committeeId");
        long asn = id("select id from org_unit where code = 'ASN'");
        long unit = id("select id from org_unit where code = 'AMA-EB'");
        HttpResponse<String> created = admin().send("POST", "/api/v1/plans",
                "{\"committeeId\":%d,\"year\":2047}".formatted(asn));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long plan = id("select id from plan where committee_id = " + asn + " and year = 2047");
        String item = """
                {"item":{"kind":"DIRECT_ACTION","title":"Referenspunkt","responsibleUnitId":%d,"riskId":%s,
                 "period":"T2","whatToDo":"Gör något"}}""";
        refused("POST", "/api/v1/plans/" + plan + "/items", item.formatted(NONE, "null"), "responsibleUnitId");
        refused("POST", "/api/v1/plans/" + plan + "/items", item.formatted(unit, NONE), "riskId");
        assertThat(id("select count(*) from plan_item where plan_id = " + plan)).isZero();
    }

    @Test
    void aGoverningDocumentNeedsAnExistingOwningUnitAndOwner() {
        String body = """
                {"owningUnitId":%d,"title":"Referensrutin","kind":"ROUTINE","ownerUsername":"%s","revisionMonths":12,
                 "implementationStatus":"IN_PROGRESS"}""";
        long asf = id("select id from org_unit where code = 'ASF'");
        refused("POST", "/api/v1/governing-documents", body.formatted(NONE, "kval.controller"), "owningUnitId");
        refused("POST", "/api/v1/governing-documents", body.formatted(asf, "ingen.sadan"), "ingen.sadan");
        assertThat(id("select count(*) from governing_document where title = 'Referensrutin'")).isZero();
    }

    @Test
    void aDeviationLinksOnlyToARiskOrPlanItemThatExists() {
        long deviation = id("select min(id) from deviation where confidential = false");
        refused("POST", "/api/v1/deviations/" + deviation + "/links",
                "{\"recordType\":\"risk.risk\",\"recordId\":\"%d\"}".formatted(NONE), "recordId");
        refused("POST", "/api/v1/deviations/" + deviation + "/links",
                "{\"recordType\":\"plan.item\",\"recordId\":\"%d\"}".formatted(NONE), "recordId");
        assertThat(id("select count(*) from deviation_link where record_id = '" + NONE + "'")).isZero();
    }

    @Test
    void aRecurringDutyNeedsAnExistingUnit() {
        refused("POST", "/api/v1/recurring-duties", """
                {"title":"Referensuppgift","rule":"MONTHLY","dayOfMonth":1,"targetRole":"EMPLOYEE","unitId":%d}"""
                .formatted(NONE), "unitId");
        assertThat(id("select count(*) from check_duty where title = 'Referensuppgift'")).isZero();
    }

    private void refused(String method, String path, String json, String naming) {
        HttpResponse<String> response = admin().send(method, path, json);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(422);
        assertThat(response.body()).as(path).contains(naming);
    }

    private ApiClient admin() {
        return new ApiClient(port, tokens, "admin");
    }

    private long id(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
