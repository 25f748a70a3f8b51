package se.vaksam.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Keycloak for integration tests: the distribution Maven unpacked into
 * {@code target/keycloak}, started in dev mode on a free port with its own Java (21+), set up
 * with {@code kcadm.sh}, and stopped with its whole process tree.
 */
public final class KeycloakServer implements AutoCloseable {

    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "admin-it-secret";

    private final Path home;
    private final String javaHome;
    private final Path workDir;
    private final int port;
    private Process process;

    public KeycloakServer(Path home, String javaHome, Path workDir) {
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("No Keycloak in " + home + ": run ./mvnw verify (it unpacks Keycloak)");
        }
        this.home = home;
        this.javaHome = javaHome;
        this.workDir = workDir;
        this.port = freePort();
    }

    /** Starts Keycloak with an empty database and waits until it answers discovery. */
    public KeycloakServer start(Duration timeout) throws IOException, InterruptedException {
        deleteTree(home.resolve("data"));
        Files.createDirectories(workDir);
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + port, "--http-management-port=" + freePort())
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("keycloak.log").toFile());
        environment(builder.environment());
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        process = builder.start();
        awaitDiscovery("master", timeout);
        return this;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public String issuer(String realm) {
        return url() + "/realms/" + realm;
    }

    /** Creates a realm (with its clients and users) from a realm representation, through kcadm.sh. */
    public void createRealm(String realmJson) throws IOException, InterruptedException {
        Path config = workDir.resolve("kcadm.config");
        kcadm("config", "credentials", "--server", url(), "--realm", "master", "--user", ADMIN,
                "--password", ADMIN_PASSWORD, "--config", config.toString());
        Path file = workDir.resolve("realm.json");
        Files.writeString(file, realmJson);
        kcadm("create", "realms", "-f", file.toString(), "--config", config.toString());
    }

    @Override
    public void close() throws InterruptedException {
        if (process == null) {
            return;
        }
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            tree.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        tree.forEach(p -> p.onExit().join());
    }

    private void kcadm(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/kcadm.sh").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        environment(builder.environment());
        Process kcadm = builder.start();
        String output = new String(kcadm.getInputStream().readAllBytes());
        if (!kcadm.waitFor(60, TimeUnit.SECONDS) || kcadm.exitValue() != 0) {
            throw new IllegalStateException("kcadm.sh " + args[0] + " " + args[1] + " failed: " + output);
        }
    }

    private void environment(Map<String, String> env) {
        env.put("JAVA_HOME", javaHome);
        env.put("PATH", javaHome + "/bin:" + env.getOrDefault("PATH", "/usr/bin:/bin"));
        env.remove("JAVA_OPTS");
        env.remove("JAVA_TOOL_OPTIONS");
    }

    private void awaitDiscovery(String realm, Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI discovery = URI.create(issuer(realm) + "/.well-known/openid-configuration");
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped, see " + workDir.resolve("keycloak.log"));
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(discovery).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Keycloak did not start within " + timeout + ", see " + workDir.resolve("keycloak.log"));
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
