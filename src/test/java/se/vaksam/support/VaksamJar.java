package se.vaksam.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The packaged application ({@code target/vaksam-*.jar}) started with {@code java -jar} as a child
 * process, on a free port and with its own data directory, the way an operator runs it: for
 * tests that kill it, restart it and look at what its embedded PostgreSQL kept.
 */
public final class VaksamJar implements AutoCloseable {

    private static final Pattern NEW_TOKEN = Pattern.compile("id=\"new-token\">(vks_[^<]+)<");

    private final Path jar;
    private final Path dataDir;
    private final Path log;
    private final int port;
    private Process process;

    public VaksamJar(Path workDir) throws IOException {
        this.jar = packagedJar();
        Files.createDirectories(workDir);
        this.dataDir = workDir.resolve("pg");
        this.log = workDir.resolve("vaksam.log");
        this.port = KeycloakServer.freePort();
    }

    /** Starts the jar and waits until {@code /actuator/health} says UP; returns how long that took. */
    public Duration start() throws IOException, InterruptedException {
        long started = System.nanoTime();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        process = new ProcessBuilder(java, "-Xmx1g", "-jar", jar.toString(), "--server.port=" + port,
                "--vaksam.embedded.data-dir=" + dataDir)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        awaitHealthy(Duration.ofSeconds(240));
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** {@code kill -9} of the Java process: no shutdown hook runs, PostgreSQL is left running. */
    public void killJvm() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** {@code kill -9} of the Java process and of its PostgreSQL server (a power cut as seen from the data). */
    public void killJvmAndPostgres() throws InterruptedException {
        Optional<ProcessHandle> postmaster = postmaster();
        killJvm();
        postmaster.ifPresent(ProcessHandle::destroyForcibly);
        postmaster.ifPresent(p -> p.onExit().join());
    }

    /** {@code kill} (SIGTERM), as a service manager stops it; true if it exited within the timeout. */
    public boolean terminate(Duration timeout) throws InterruptedException {
        process.destroy();
        return process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS);
    }

    public boolean alive() {
        return process != null && process.isAlive();
    }

    /** The embedded PostgreSQL's postmaster as recorded in {@code postmaster.pid}, if it is running. */
    public Optional<ProcessHandle> postmaster() {
        return pidFileLine(0).map(Long::parseLong).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
    }

    /** A direct connection to the embedded PostgreSQL, for looking at what it stores. */
    public Connection database() throws SQLException {
        String dbPort = pidFileLine(3).orElseThrow(() -> new IllegalStateException("PostgreSQL is not running"));
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + dbPort + "/postgres", "postgres", "postgres");
    }

    /** Everything the application has logged across its starts. */
    public String log() throws IOException {
        return Files.readString(log);
    }

    public int port() {
        return port;
    }

    /** Signs in as a demo user and creates a personal API token on the account page. */
    public String apiToken(String username) {
        WebClient web = new WebClient(port);
        web.login(username, "vaksam");
        web.submit("/account", "/account/tokens", Map.of("name", "crash test"));
        Matcher token = NEW_TOKEN.matcher(web.get("/account").body());
        if (!token.find()) {
            throw new IllegalStateException("No new API token on /account");
        }
        return token.group(1);
    }

    public HttpResponse<String> health() {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/actuator/health")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (alive()) {
            terminate(Duration.ofSeconds(60));
            if (alive()) {
                killJvmAndPostgres();
            }
        }
    }

    private void awaitHealthy(Duration timeout) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Vaksam exited with " + process.exitValue() + ", see " + log
                        + ":\n" + tail());
            }
            try {
                if (health().statusCode() == 200) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("Vaksam was not healthy within " + timeout + ", see " + log + ":\n" + tail());
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private Optional<String> pidFileLine(int index) {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"));
            return lines.size() > index ? Optional.of(lines.get(index).trim()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Path packagedJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("vaksam-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No target/vaksam-*.jar: run ./mvnw verify (after package)"));
        }
    }
}
