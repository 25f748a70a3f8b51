package se.vaksam.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.vaksam.VaksamTest;
import se.vaksam.security.ApiTokens;

/**
 * Population files in: a good file is stored with its SHA-256 checksum; a malformed one (wrong encoding, a
 * missing column, a date in the wrong format, 50 MB of garbage) gets a Swedish message naming the problem and
 * nothing is stored.
 */
@VaksamTest
class PopulationImportTests {

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    CheckApiSupport api;
    long unit;

    @BeforeEach
    void setUp() {
        api = new CheckApiSupport(port, tokens, "ik.samordnare");
        unit = jdbc.sql("select id from org_unit where code = 'IFO-BU-MOT-1'").query(Long.class).single();
    }

    private Map<String, String> mapping() {
        return Map.of("name", "Barnavårdsutredningar 2026", "unitId", Long.toString(unit), "key", "ärende",
                "stratum", "sektion", "startedOn", "inledd", "completedOn", "avslutad", "extendedOn", "förlängd");
    }

    private int stored() {
        return jdbc.sql("select (select count(*) from check_population) + (select count(*) from check_population_row)")
                .query(Integer.class).single();
    }

    @Test
    void aGoodFileIsStoredWithItsChecksum() {
        HttpResponse<String> response = api.upload("POST", "/api/v1/populations", "utredningar.csv",
                CheckApiSupport.cases(30).getBytes(StandardCharsets.UTF_8), mapping());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.body()).contains("\"rowCount\":30").containsPattern("\"checksum\":\"[0-9a-f]{64}\"");
    }

    @Test
    void aFileInTheWrongEncodingIsRefusedInSwedishAndNothingIsStored() {
        int before = stored();
        byte[] latin1 = CheckApiSupport.cases(5).getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<String> response = api.upload("POST", "/api/v1/populations", "utredningar.csv", latin1, mapping());
        assertThat(response.statusCode()).isEqualTo(422);
        // "ärende": the ä is byte 1 in ISO-8859-1 (0xE4), which is not valid UTF-8 there
        assertThat(response.body()).contains("Filen är inte kodad som UTF-8 (fel tecken vid byte 1)");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aMissingColumnIsNamed() {
        int before = stored();
        String withoutStart = CheckApiSupport.cases(5).replace("inledd", "startdatum");
        HttpResponse<String> response = api.upload("POST", "/api/v1/populations", "utredningar.csv",
                withoutStart.getBytes(StandardCharsets.UTF_8), mapping());
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("Kolumnen ”inledd” finns inte i filen.");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aDateInTheWrongFormatIsNamedWithRowAndColumnAndNothingIsStored() {
        int before = stored();
        String csv = CheckApiSupport.cases(5).replace("BU-2026-0003;Mottagning 2;2026-01-04", "BU-2026-0003;Mottagning 2;4/1/2026");
        HttpResponse<String> response = api.upload("POST", "/api/v1/populations", "utredningar.csv",
                csv.getBytes(StandardCharsets.UTF_8), mapping());
        assertThat(response.statusCode()).isEqualTo(422);
        // the header is row 1, BU-2026-0003 is the third data row: row 4
        assertThat(response.body()).contains("Rad 4, kolumn inledd: ”4/1/2026” är inte ett datum i formen ÅÅÅÅ-MM-DD.");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void fiftyMegabytesOfGarbageAreRefusedForTheirSize() {
        int before = stored();
        byte[] garbage = new byte[50 * 1024 * 1024];
        new Random(1).nextBytes(garbage);
        HttpResponse<String> response = api.upload("POST", "/api/v1/populations", "skräp.csv", garbage, mapping());
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("Filen är för stor: 50,0 MB. Högst 30 MB tas emot.");

        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void garbageThatIsNotAnXlsxFileIsNamedAsSuch() {
        int before = stored();
        HttpResponse<String> response = api.upload("POST", "/api/v1/populations", "utredningar.xlsx",
                "inte alls excel".getBytes(StandardCharsets.UTF_8), mapping());
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("Filen kunde inte läsas som XLSX (Excel).");
        assertThat(stored()).isEqualTo(before);
    }
}
