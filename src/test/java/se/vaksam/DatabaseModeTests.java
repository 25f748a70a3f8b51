package se.vaksam;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * With VAKSAM_DB_URL set, Vaksam runs on that PostgreSQL: it starts no embedded server and
 * loads no demo data or demo logins there.
 */
class DatabaseModeTests {

    @Test
    void anExternalDatabaseGetsTheSchemaButNoDemoDataAndNoEmbeddedServer() throws Exception {
        Path dir = Files.createTempDirectory("vaksam-external-pg");
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true).start()) {
            SpringApplication app = new SpringApplication(VaksamApplication.class);
            try (ConfigurableApplicationContext context = app.run(
                    "--server.port=0",
                    "--vaksam.db.url=" + external.getJdbcUrl("postgres", "postgres"),
                    "--vaksam.db.user=postgres",
                    "--vaksam.db.password=postgres")) {
                assertThat(context.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
                JdbcClient jdbc = JdbcClient.create(external.getPostgresDatabase());
                assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Integer.class).single())
                        .isGreaterThanOrEqualTo(4);
                assertThat(jdbc.sql("select count(*) from org_unit").query(Integer.class).single()).isZero();
                assertThat(jdbc.sql("select count(*) from user_account").query(Integer.class).single()).isZero();
            }
        }
    }
}
