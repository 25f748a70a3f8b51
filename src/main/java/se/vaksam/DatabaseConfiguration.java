package se.vaksam;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Chooses the database. With {@code VAKSAM_DB_URL} (or {@code spring.datasource.url}) set,
 * Vaksam uses that external PostgreSQL. Otherwise it starts an embedded PostgreSQL 17 whose
 * data lives in {@code vaksam.embedded.data-dir} (default {@code ./data/pg}) across restarts.
 * The embedded server is durable (every acknowledged commit is on disk: {@code fsync} and
 * {@code synchronous_commit} on, where zonky's test default turns the latter off), survives a
 * {@code kill -9} of Vaksam (a server left running on the data directory is stopped before the
 * new one starts, see {@link StalePostmaster}) and stops after the web server has drained.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    /** True when no external database is configured. */
    static boolean embedded(Environment env) {
        return !env.containsProperty("vaksam.db.url") && !env.containsProperty("spring.datasource.url");
    }

    static class EmbeddedCondition implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return embedded(context.getEnvironment());
        }
    }

    static class VaksamUrlCondition implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return context.getEnvironment().containsProperty("vaksam.db.url");
        }
    }

    @Bean(destroyMethod = "close")
    @Conditional(EmbeddedCondition.class)
    EmbeddedPostgres embeddedPostgres(Environment env) throws IOException {
        String dir = env.getProperty("vaksam.embedded.data-dir", "data/pg");
        boolean clean = env.getProperty("vaksam.embedded.clean", Boolean.class, false);
        int port = env.getProperty("vaksam.embedded.port", Integer.class, 0);
        return startEmbedded(new File(dir).getAbsoluteFile(), clean, port);
    }

    /** Starts the embedded PostgreSQL on the data directory (also for the backup and restore commands). */
    static EmbeddedPostgres startEmbedded(File dataDir, boolean clean, int port) throws IOException {
        dataDir.getParentFile().mkdirs();
        if (!clean) {
            new StalePostmaster(dataDir.toPath()).stopIfRunning();
        }
        log.info("Starting embedded PostgreSQL with data in {}", dataDir);
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(clean)
                .setPort(port)
                .setServerConfig("timezone", "Europe/Stockholm")
                // Durable: an acknowledged commit survives a crash of Vaksam, PostgreSQL or the host.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                // Spring stops PostgreSQL (destroyMethod) after the beans that still need it;
                // zonky's own JVM hook would race it and leave shutdown waiting on the pool.
                .setRegisterShutdownHook(false)
                .start();
    }

    @Bean
    @Conditional(EmbeddedCondition.class)
    DataSource embeddedDataSource(EmbeddedPostgres postgres) {
        return DataSourceBuilder.create()
                .url(postgres.getJdbcUrl("postgres", "postgres"))
                .username("postgres")
                .password("postgres")
                .build();
    }

    @Bean
    @Conditional(VaksamUrlCondition.class)
    DataSource externalDataSource(Environment env) {
        return DataSourceBuilder.create()
                .url(env.getProperty("vaksam.db.url"))
                .username(env.getProperty("vaksam.db.user"))
                .password(env.getProperty("vaksam.db.password"))
                .build();
    }
}
