package se.vaksam.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vaksam.RobustnessTest;
import se.vaksam.security.ApiTokens;
import se.vaksam.support.ApiClient;

/**
 * What an integrator and a person read when the API refuses a request: a problem detail with a
 * stable {@code type} per kind of problem, a Swedish {@code detail}, and the field, the allowed
 * values or the maximum length for a program.
 */
@RobustnessTest
class ProblemDetailsApiTests {

    private static final String RISK = """
            {"title":%s,"event":"handlingar inte diarieförs","cause":"hög arbetsbelastning",
             "consequence":"att handlingar inte hittas","categoryId":%d,"unitId":%d,"origin":"DEPARTMENT"}""";

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    private ApiClient sectionHead() {
        return new ApiClient(port, tokens, "ifo.sek.mot1");
    }

    private String risk(String quotedTitle) {
        long category = jdbc.sql("select id from risk_category where code = 'JURIDIK'").query(Long.class).single();
        long unit = jdbc.sql("select id from org_unit where code = 'IFO-BU-MOT-1'").query(Long.class).single();
        return RISK.formatted(quotedTitle, category, unit);
    }

    @Test
    void malformedJsonIsA400SayingWhere() {
        HttpResponse<String> response = sectionHead().send("POST", "/api/v1/risks", "{\n\"title\": \"Risk\",\n\"event\" ");

        assertProblem(response, 400, "malformed-json");
        assertThat(detail(response)).startsWith("Begäran är inte giltig JSON: felet finns på rad 3");
        assertThat(JsonPath.<Integer>read(response.body(), "$.line")).isEqualTo(3);
    }

    @Test
    void aWrongTypeIsA400NamingTheFieldAndTheExpectedType() {
        HttpResponse<String> response = sectionHead().send("POST", "/api/v1/risks",
                risk("\"Risk\"").replace("\"origin\"", "\"reviewIntervalMonths\":\"tolv\",\"origin\""));

        assertProblem(response, 400, "wrong-type");
        assertThat(detail(response)).isEqualTo("Fältet /reviewIntervalMonths har fel typ: det ska vara ett heltal.");
        assertThat(JsonPath.<String>read(response.body(), "$.field")).isEqualTo("/reviewIntervalMonths");
        assertThat(JsonPath.<String>read(response.body(), "$.expectedType")).isEqualTo("integer");
    }

    @Test
    void anUnknownEnumValueIsA400NamingTheFieldAndListingTheAllowedValues() {
        HttpResponse<String> response = sectionHead().send("POST", "/api/v1/risks",
                risk("\"Risk\"").replace("\"DEPARTMENT\"", "\"AVDELNINGEN\""));

        assertProblem(response, 400, "invalid-enum");
        assertThat(detail(response)).startsWith("Värdet ”AVDELNINGEN” i fältet /origin är inte tillåtet. Tillåtna värden: ")
                .contains("DEPARTMENT");
        assertThat(JsonPath.<List<String>>read(response.body(), "$.allowedValues")).contains("DEPARTMENT");
    }

    @Test
    void anUnknownFieldIsRefusedWithA400NamingItInEveryModule() {
        ApiClient api = new ApiClient(port, tokens, "admin");
        HttpResponse<String> deviation = api.send("POST", "/api/v1/deviations", """
                {"kind":"STAFF_COMPLAINT","unitId":1,"title":"Fel","description":"Något hände","receivedOn":"2020-03-05"}""");
        HttpResponse<String> risk = sectionHead().send("POST", "/api/v1/risks",
                risk("\"Risk\"").replace("\"origin\"", "\"owner\":\"ifo.soc1\",\"origin\""));
        HttpResponse<String> plan = api.send("POST", "/api/v1/plans", "{\"committeeId\":1,\"year\":2049,\"titel\":\"Plan\"}");

        assertProblem(deviation, 400, "unknown-field");
        assertThat(detail(deviation)).startsWith("Fältet /receivedOn finns inte här");
        assertThat(JsonPath.<String>read(deviation.body(), "$.field")).isEqualTo("/receivedOn");
        assertThat(JsonPath.<List<String>>read(deviation.body(), "$.allowedFields")).contains("occurredOn", "title");
        assertProblem(risk, 400, "unknown-field");
        assertThat(JsonPath.<String>read(risk.body(), "$.field")).isEqualTo("/owner");
        assertProblem(plan, 400, "unknown-field");
        assertThat(JsonPath.<String>read(plan.body(), "$.field")).isEqualTo("/titel");
    }

    @Test
    void aNulCharacterIsA400NamingTheField() {
        HttpResponse<String> response = sectionHead().send("POST", "/api/v1/risks", risk("\"Ri\\u0000sk\""));

        assertProblem(response, 400, "nul-character");
        assertThat(JsonPath.<String>read(response.body(), "$.field")).isEqualTo("/title");
    }

    @Test
    void aMegabyteTitleIsA422NamingTheFieldAndTheMaximum() {
        HttpResponse<String> response = sectionHead().send("POST", "/api/v1/risks",
                risk("\"" + "x".repeat(1024 * 1024) + "\""));

        assertProblem(response, 422, "too-long");
        assertThat(JsonPath.<String>read(response.body(), "$.field")).isEqualTo("/title");
        assertThat(JsonPath.<Integer>read(response.body(), "$.maxLength")).isPositive();
    }

    @Test
    void aTitleLongerThanItsColumnIsA422NamingTheFieldAndTheColumnsLength() {
        HttpResponse<String> response = sectionHead().send("POST", "/api/v1/risks", risk("\"" + "x".repeat(201) + "\""));

        assertProblem(response, 422, "too-long");
        assertThat(detail(response)).isEqualTo("Fältet /title är för långt: högst 200 tecken får plats.");
        assertThat(JsonPath.<Integer>read(response.body(), "$.maxLength")).isEqualTo(200);
    }

    @Test
    void anUnknownApiAddressIsA404InTheWordsOfAnApi() {
        HttpResponse<String> response = sectionHead().get("/api/v1/finns-inte");

        assertProblem(response, 404, "not-found");
        assertThat(JsonPath.<String>read(response.body(), "$.title")).isEqualTo("Finns inte");
        assertThat(response.body()).doesNotContain("Sidan finns inte").doesNotContain("startsidan");
    }

    @Test
    void anUnknownEnumValueInAParameterIsA400ListingTheAllowedValues() {
        HttpResponse<String> response = new ApiClient(port, tokens, "admin").get("/api/v1/deviations?kind=FINNS_INTE");

        assertProblem(response, 400, "invalid-enum");
        assertThat(JsonPath.<String>read(response.body(), "$.parameter")).isEqualTo("kind");
        assertThat(JsonPath.<List<String>>read(response.body(), "$.allowedValues")).contains("STAFF_COMPLAINT");
    }

    static void assertProblem(HttpResponse<String> response, int status, String kind) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JsonPath.<String>read(response.body(), "$.type")).isEqualTo("urn:vaksam:problem:" + kind);
        assertThat(JsonPath.<Integer>read(response.body(), "$.status")).isEqualTo(status);
        assertThat(JsonPath.<String>read(response.body(), "$.title")).isNotBlank();
        assertThat(detail(response)).isNotBlank();
    }

    private static String detail(HttpResponse<String> response) {
        return JsonPath.read(response.body(), "$.detail");
    }
}
