package se.vaksam;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@VaksamTest
class ApplicationStartsTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void flywayMigratedTheSchemaOnRealPostgres() {
        String version = jdbc.sql("select version()").query(String.class).single();
        assertThat(version).startsWith("PostgreSQL 17");
        Integer applied = jdbc.sql("select count(*) from flyway_schema_history where success").query(Integer.class).single();
        assertThat(applied).isGreaterThanOrEqualTo(4);
    }
}
