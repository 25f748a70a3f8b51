package se.vaksam;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.StandardOpenOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL that a killed Vaksam left behind. After {@code kill -9} of the Java
 * process its PostgreSQL keeps running on the data directory (its parent is now PID 1), and the
 * next start would fail on {@code postmaster.pid}. Before starting, Vaksam looks for that server:
 * the PID in {@code postmaster.pid} must be a {@code postgres} process whose working directory is
 * this data directory (a postmaster and its backends run there), so a recycled PID is never
 * touched. It is stopped the way an administrator would ({@code pg_ctl stop -m fast}: open
 * transactions are rolled back, committed ones stay). Backends orphaned by a killed postmaster
 * are asked to end too. PostgreSQL then starts with its normal crash recovery from the WAL.
 * Works on Linux ({@code /proc}); elsewhere it does nothing.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final Path dataDir;

    StalePostmaster(Path dataDir) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
    }

    /**
     * Stops a server left running on the data directory, if any; true if one was stopped. A server whose
     * Vaksam is still alive is never touched: that Vaksam holds the data directory's lock file
     * ({@code epg-lock}, held by the embedded PostgreSQL's owner for as long as it runs), and starting a
     * second Vaksam on the same directory is refused.
     */
    boolean stopIfRunning() {
        if (!Files.isDirectory(Path.of("/proc/self")) || !Files.isDirectory(dataDir)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(dataDir.resolve("epg-lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("Another Vaksam is running on the database in " + dataDir
                        + ": stop it first, or give this one its own VAKSAM_DATA_DIR");
            }
            return stopWhileLocked();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not lock " + dataDir, e);
        }
    }

    private boolean stopWhileLocked() {
        boolean stopped = false;
        Optional<ProcessHandle> postmaster = recordedPid().flatMap(ProcessHandle::of).filter(this::runsOnDataDir);
        if (postmaster.isPresent()) {
            log.warn("Embedded PostgreSQL (PID {}) is still running on {} after an unclean stop: stopping it",
                    postmaster.get().pid(), dataDir);
            stopFast(postmaster.get());
            stopped = true;
        }
        List<ProcessHandle> orphans = ProcessHandle.allProcesses().filter(this::runsOnDataDir).toList();
        if (!orphans.isEmpty()) {
            log.warn("Ending {} PostgreSQL process(es) left on {} by a killed server", orphans.size(), dataDir);
            orphans.forEach(ProcessHandle::destroy);
            orphans.forEach(this::awaitExitOrKill);
            stopped = true;
        }
        return stopped;
    }

    private Optional<Long> recordedPid() {
        Path pidFile = dataDir.resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A {@code postgres} executable working in this data directory: a postmaster or backend of ours. */
    private boolean runsOnDataDir(ProcessHandle process) {
        boolean postgres = process.info().command()
                .map(command -> Path.of(command).getFileName().toString().equals("postgres"))
                .orElse(false);
        if (!postgres || process.pid() == ProcessHandle.current().pid()) {
            return false;
        }
        try {
            Path cwd = Path.of("/proc", Long.toString(process.pid()), "cwd").toRealPath();
            return cwd.equals(dataDir.toRealPath());
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    private void stopFast(ProcessHandle postmaster) {
        Optional<Path> pgCtl = postmaster.info().command()
                .map(command -> Path.of(command).resolveSibling("pg_ctl"))
                .filter(Files::isExecutable);
        if (pgCtl.isPresent()) {
            try {
                Process stop = new ProcessBuilder(pgCtl.get().toString(), "stop", "-D", dataDir.toString(),
                        "-m", "fast", "-w", "-t", Long.toString(STOP_TIMEOUT.toSeconds()))
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                stop.waitFor(STOP_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
            } catch (IOException e) {
                log.warn("pg_ctl stop failed ({}); ending PostgreSQL with SIGTERM", e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        postmaster.destroy();
        awaitExitOrKill(postmaster);
    }

    private void awaitExitOrKill(ProcessHandle process) {
        try {
            process.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.warn("PostgreSQL process {} did not stop in {}; killing it (PostgreSQL recovers from its WAL)",
                    process.pid(), STOP_TIMEOUT);
            process.destroyForcibly();
        }
    }
}
