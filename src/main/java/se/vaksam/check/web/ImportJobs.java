package se.vaksam.check.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import se.vaksam.check.ImportProgress;
import se.vaksam.check.Populations;
import se.vaksam.shared.ForbiddenException;
import se.vaksam.shared.NotFoundException;

/**
 * The server-side import step of a population in the background, so that the page can show how far it has come
 * (checking rows, checksum, storing) while a large file is imported: the import runs as the person who started
 * it (their security context, so the same scope checks), one at a time on one thread, and the page polls the job
 * with htmx. Jobs are kept for 30 minutes, for the person who started them only.
 */
@Component
class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final Duration KEEP = Duration.ofMinutes(30);

    enum State { WAITING, RUNNING, DONE, REFUSED, FAILED }

    /** A job as the page sees it at one moment. */
    record Job(String id, String username, State state, String phaseKey, int done, int total,
            Populations.ImportResult result, Instant started) {

        public boolean running() {
            return state == State.WAITING || state == State.RUNNING;
        }

        public boolean refused() {
            return state == State.REFUSED;
        }

        public boolean failed() {
            return state == State.FAILED;
        }

        /** Per cent of the rows checked (the last phases count as done). */
        public int percent() {
            return total == 0 ? 0 : (int) Math.min(100, 100L * done / total);
        }

        Job with(State newState, String phase, int newDone, int newTotal, Populations.ImportResult newResult) {
            return new Job(id, username, newState, phase, newDone, newTotal, newResult, started);
        }
    }

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "check-import");
        thread.setDaemon(true);
        return thread;
    });

    /** Starts the import as the signed-in person; returns the job at once. */
    Job start(String username, Function<ImportProgress, Populations.ImportResult> work) {
        Instant now = Instant.now();
        jobs.values().removeIf(j -> !j.running() && j.started().plus(KEEP).isBefore(now));
        String id = UUID.randomUUID().toString();
        Job job = new Job(id, username, State.WAITING, "check.import.phase.waiting", 0, 0, null, now);
        jobs.put(id, job);
        SecurityContext context = SecurityContextHolder.getContext();
        pool.submit(() -> {
            SecurityContextHolder.setContext(context);
            try {
                jobs.computeIfPresent(id, (k, j) -> j.with(State.RUNNING, ImportProgress.ROWS, 0, 0, null));
                Populations.ImportResult result = work.apply((phase, done, total) ->
                        jobs.computeIfPresent(id, (k, j) -> j.with(State.RUNNING, phase, done, total, null)));
                jobs.computeIfPresent(id, (k, j) -> j.with(result.ok() ? State.DONE : State.REFUSED, j.phaseKey(),
                        j.total(), j.total(), result));
            } catch (RuntimeException e) {
                log.warn("Population import {} failed: {}", id, e.toString());
                jobs.computeIfPresent(id, (k, j) -> j.with(State.FAILED, j.phaseKey(), j.done(), j.total(), null));
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
        return job;
    }

    /** The person's own job (404 when unknown or expired, 403 when someone else's). */
    Job job(String id, String username) {
        Job job = id == null ? null : jobs.get(id);
        if (job == null) {
            throw new NotFoundException("check.import.job.notFound");
        }
        if (!job.username().equals(username)) {
            throw new ForbiddenException();
        }
        return job;
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
