package se.vaksam.imports.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import se.vaksam.imports.HistoryImports;
import se.vaksam.imports.ImportFile;
import se.vaksam.shared.ForbiddenException;
import se.vaksam.shared.NotFoundException;

/**
 * Imports and previews running in the background, so that the page can show how far a large file has come: run
 * as the person who started them (their security context), one at a time, kept in memory for 30 minutes for that
 * person only. A preview keeps its file until it is confirmed. (Another issue moves jobs to the database; this
 * class is the only place that knows where they are.)
 */
@Component
class HistoryImportJobs {

    private static final Logger log = LoggerFactory.getLogger(HistoryImportJobs.class);
    private static final Duration KEEP = Duration.ofMinutes(30);

    enum State { RUNNING, DONE, FAILED }

    /** A job as the page sees it at one moment. */
    record Job(String id, String username, String kind, boolean dryRun, ImportFile file, State state, String phaseKey,
            HistoryImports.Result result, Instant started) {

        public boolean running() {
            return state == State.RUNNING;
        }

        public boolean failed() {
            return state == State.FAILED;
        }

        /** Finished without problems: the preview's counts, or the import's outcome. */
        public boolean succeeded() {
            return state == State.DONE && result.ok();
        }

        public boolean refused() {
            return state == State.DONE && !result.ok();
        }

        Job with(State newState, String phase, HistoryImports.Result newResult) {
            return new Job(id, username, kind, dryRun, dryRun ? file : null, newState, phase, newResult, started);
        }
    }

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "history-import");
        thread.setDaemon(true);
        return thread;
    });
    private final HistoryImports imports;

    HistoryImportJobs(HistoryImports imports) {
        this.imports = imports;
    }

    /** Starts the preview or the import of the file as the signed-in person; returns the job at once. */
    Job start(String username, String kind, ImportFile file, boolean dryRun) {
        Instant now = Instant.now();
        jobs.values().removeIf(j -> !j.running() && j.started().plus(KEEP).isBefore(now));
        String id = UUID.randomUUID().toString();
        Job job = new Job(id, username, kind, dryRun, file, State.RUNNING, "imports.phase.waiting", null, now);
        jobs.put(id, job);
        SecurityContext context = SecurityContextHolder.getContext();
        pool.submit(() -> {
            SecurityContextHolder.setContext(context);
            try {
                HistoryImports.Progress progress = phase -> jobs.computeIfPresent(id,
                        (k, j) -> j.with(State.RUNNING, phase, null));
                HistoryImports.Result result = dryRun ? imports.preview(kind, file) : imports.apply(kind, file, progress);
                jobs.computeIfPresent(id, (k, j) -> j.with(State.DONE, "imports.phase.done", result));
            } catch (RuntimeException e) {
                log.warn("History import {} failed: {}", id, e.toString());
                jobs.computeIfPresent(id, (k, j) -> j.with(State.FAILED, j.phaseKey(), null));
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
            throw new NotFoundException("imports.job.notFound");
        }
        if (!job.username().equals(username)) {
            throw new ForbiddenException();
        }
        return job;
    }

    /** Takes the file of a finished preview without problems, once, to import it. */
    ImportFile confirm(String id, String username) {
        Job job = job(id, username);
        if (!job.dryRun() || !job.succeeded() || job.file() == null) {
            throw new NotFoundException("imports.job.notFound");
        }
        jobs.computeIfPresent(id, (k, j) -> new Job(j.id(), j.username(), j.kind(), true, null, j.state(),
                j.phaseKey(), j.result(), j.started()));
        return job.file();
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
