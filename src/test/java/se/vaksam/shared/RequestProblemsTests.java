package se.vaksam.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.UncategorizedSQLException;

/** Which refusal a request gets when the database, not a domain rule, finds its data wrong. */
class RequestProblemsTests {

    @Test
    void aValueTooLongForItsColumnIsA422WithTheColumnsLength() {
        Problem problem = RequestProblems.database(new DataIntegrityViolationException("insert",
                new SQLException("ERROR: value too long for type character varying(200)", "22001")));

        assertThat(problem.status()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(problem.kind()).isEqualTo("too-long");
        assertThat(problem.properties()).containsEntry("maxLength", 200);
    }

    @Test
    void aNulCharacterOrAReferenceToNothingIsTheRequestsFault() {
        assertThat(RequestProblems.database(new UncategorizedSQLException("select", "select",
                new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021"))).status())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(RequestProblems.database(new DataIntegrityViolationException("insert",
                new SQLException("violates foreign key constraint", "23503"))).kind()).isEqualTo("unknown-reference");
    }

    @Test
    void aDatabaseThatIsDownIsNotBlamedOnTheRequest() {
        assertThat(RequestProblems.database(new UncategorizedSQLException("select", "select",
                new SQLException("connection lost", "08006")))).isNull();
    }

    @Test
    void typesAreNamedTheWayAJsonClientSeesThem() {
        assertThat(RequestProblems.typeName(Long.class)).isEqualTo("integer");
        assertThat(RequestProblems.typeName(int.class)).isEqualTo("integer");
        assertThat(RequestProblems.typeName(LocalDate.class)).isEqualTo("date");
        assertThat(RequestProblems.typeName(OffsetDateTime.class)).isEqualTo("dateTime");
        assertThat(RequestProblems.typeName(List.class)).isEqualTo("list");
        assertThat(RequestProblems.typeName(String.class)).isEqualTo("text");
        assertThat(RequestProblems.typeName(Problem.class)).isEqualTo("object");
    }
}
