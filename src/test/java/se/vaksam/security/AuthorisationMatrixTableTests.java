package se.vaksam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The expected table of {@link AuthorisationMatrixTests}: how it is compared, stored and shown. */
class AuthorisationMatrixTableTests {

    private static final List<String> ROLES = List.of("admin", "revisor");

    @Test
    void anAllowWhereTheTableRefusesIsReportedFirstAndByName() {
        AuthorisationMatrix expected = matrix(201, 403, 200, 200);
        AuthorisationMatrix actual = matrix(201, 201, 200, 404);

        List<AuthorisationMatrix.Difference> differences = actual.differencesFrom(expected);

        assertThat(differences).extracting(Object::toString).containsExactly(
                "UNEXPECTED ALLOW: revisor POST /api/v1/risks → 201 (expected 403)",
                "revisor GET /api/v1/risks/{id} → 404 (expected 200)");
        assertThat(differences.get(0).unexpectedAllow()).isTrue();
        assertThat(differences.get(1).unexpectedAllow()).isFalse();
    }

    @Test
    void anOperationMissingFromTheTableIsADifference() {
        AuthorisationMatrix expected = new AuthorisationMatrix(ROLES);
        AuthorisationMatrix actual = matrix(201, 403, 200, 200);

        assertThat(actual.differencesFrom(expected)).extracting(Object::toString)
                .contains("UNEXPECTED ALLOW: admin POST /api/v1/risks → 201 (operation missing from the expected table)");
    }

    @Test
    void theCsvReadsBackAsWritten(@TempDir Path folder) throws Exception {
        AuthorisationMatrix matrix = matrix(201, 403, 200, 200);
        Path csv = folder.resolve("matrix.csv");

        matrix.writeCsv(csv);

        assertThat(Files.readAllLines(csv)).containsExactly("operation,module,admin,revisor",
                "POST /api/v1/risks,Risker,201,403", "GET /api/v1/risks/{id},Risker,200,200");
        assertThat(AuthorisationMatrix.readCsv(csv).differencesFrom(matrix)).isEmpty();
    }

    @Test
    void theReadableTableMarksAllowsAndGroupsByModule() {
        String markdown = matrix(201, 403, 200, 200).markdown(List.of("A note."));

        assertThat(markdown).contains("## Risker", "| operation | admin | revisor |",
                "| `POST /api/v1/risks` | **201** | 403 |", "- A note.", "-Dvaksam.writeMatrix=true");
    }

    private static AuthorisationMatrix matrix(int adminWrite, int auditorWrite, int adminRead, int auditorRead) {
        AuthorisationMatrix matrix = new AuthorisationMatrix(ROLES);
        matrix.put("POST /api/v1/risks", "Risker", "admin", adminWrite);
        matrix.put("POST /api/v1/risks", "Risker", "revisor", auditorWrite);
        matrix.put("GET /api/v1/risks/{id}", "Risker", "admin", adminRead);
        matrix.put("GET /api/v1/risks/{id}", "Risker", "revisor", auditorRead);
        return matrix;
    }
}
