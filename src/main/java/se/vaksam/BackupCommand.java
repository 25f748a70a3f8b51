package se.vaksam;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import javax.sql.DataSource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * {@code java -jar vaksam.jar backup <file>} and {@code restore <file>}: the whole database to one
 * file and back (see {@link DatabaseBackup}). Uses the same configuration as the application: an
 * external PostgreSQL with {@code VAKSAM_DB_URL} (or {@code spring.datasource.url}), otherwise the
 * embedded database in {@code VAKSAM_DATA_DIR} (default {@code ./data}), which Vaksam must not be
 * running on. A restore into the embedded mode needs a data folder that does not exist yet.
 */
final class BackupCommand {

    private BackupCommand() {
    }

    static boolean handles(String[] args) {
        return args.length >= 1 && (args[0].equals("backup") || args[0].equals("restore"));
    }

    /** Runs the command; returns the process's exit code. */
    static int run(String[] args) throws Exception {
        if (args.length < 2 || args[1].startsWith("--")) {
            System.err.println("Usage: java -jar vaksam.jar backup <file> | restore <file> [--vaksam.embedded.data-dir=…]");
            return 2;
        }
        boolean backup = args[0].equals("backup");
        Path file = Path.of(args[1]).toAbsolutePath();
        StandardEnvironment env = new StandardEnvironment();
        String[] options = java.util.Arrays.copyOfRange(args, 2, args.length);
        env.getPropertySources().addFirst(new SimpleCommandLinePropertySource(options));
        if (!backup && !Files.isRegularFile(file)) {
            System.err.println("No backup file " + file);
            return 2;
        }
        if (DatabaseConfiguration.embedded(env)) {
            File dataDir = Path.of(env.getProperty("vaksam.embedded.data-dir",
                    env.getProperty("VAKSAM_DATA_DIR", "data") + "/pg")).toAbsolutePath().toFile();
            if (!backup && dataDir.exists() && dataDir.list().length > 0) {
                System.err.println("Restore needs a new data folder, and " + dataDir + " is in use: set VAKSAM_DATA_DIR "
                        + "to a new folder (or move the old one away)");
                return 1;
            }
            if (backup && !new File(dataDir, "PG_VERSION").exists()) {
                System.err.println("No embedded database in " + dataDir);
                return 1;
            }
            try (EmbeddedPostgres postgres = DatabaseConfiguration.startEmbedded(dataDir, false, 0)) {
                return execute(backup, postgres.getPostgresDatabase(), file);
            }
        }
        String url = env.getProperty("vaksam.db.url", env.getProperty("spring.datasource.url"));
        String user = env.getProperty("vaksam.db.user", env.getProperty("spring.datasource.username"));
        String password = env.getProperty("vaksam.db.password", env.getProperty("spring.datasource.password"));
        return execute(backup, new org.springframework.jdbc.datasource.DriverManagerDataSource(url, user, password), file);
    }

    private static int execute(boolean backup, DataSource dataSource, Path file) throws Exception {
        try (Connection db = dataSource.getConnection()) {
            DatabaseBackup.Summary summary = backup ? DatabaseBackup.backup(db, file)
                    : DatabaseBackup.restore(db, dataSource, file);
            System.out.printf("%s %s: schema version %s, %d tables, %d rows%n", backup ? "Backed up to" : "Restored from",
                    file, summary.schemaVersion(), summary.rows().size(), summary.totalRows());
            return 0;
        }
    }
}
