package se.vaksam.report;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.springframework.stereotype.Component;

import se.vaksam.document.Doc;
import se.vaksam.document.DocumentRenderer;
import se.vaksam.document.Format;
import se.vaksam.shared.ForbiddenException;
import se.vaksam.shared.NotFoundException;

/**
 * Rendering in the background, so that the page can show progress while a long document is laid out: the data is
 * read in the request (with the person's rights), the rendering runs on a small pool, the page polls the job.
 * Finished files are kept for 15 minutes, for the person who asked only.
 */
@Component
class ReportJobs {

    private static final Duration KEEP = Duration.ofMinutes(15);

    enum State { RUNNING, DONE, FAILED }

    record Job(String id, String username, String title, Format format, Instant started, State state, long millis,
            String fileName, byte[] content) {
    }

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
        Thread thread = new Thread(r, "report-render");
        thread.setDaemon(true);
        return thread;
    });
    private final DocumentRenderer renderer;
    private final UnitReading units;

    ReportJobs(DocumentRenderer renderer, UnitReading units) {
        this.renderer = renderer;
        this.units = units;
    }

    /** Starts rendering the document; returns the job at once. */
    Job start(Doc doc, Format format) {
        forgetOld();
        String id = UUID.randomUUID().toString();
        Instant started = Instant.now();
        String fileName = format.fileName(doc.meta().title());
        Job job = new Job(id, units.username(), doc.meta().title(), format, started, State.RUNNING, 0, fileName, null);
        jobs.put(id, job);
        pool.submit(() -> {
            try {
                byte[] content = renderer.render(doc, format);
                jobs.put(id, new Job(id, job.username(), job.title(), format, started, State.DONE,
                        Duration.between(started, Instant.now()).toMillis(), fileName, content));
            } catch (RuntimeException e) {
                jobs.put(id, new Job(id, job.username(), job.title(), format, started, State.FAILED,
                        Duration.between(started, Instant.now()).toMillis(), fileName, null));
            }
        });
        return job;
    }

    /** The person's own job (404 if unknown or expired, 403 if someone else's). */
    Job job(String id) {
        Job job = jobs.get(id);
        if (job == null) {
            throw new NotFoundException("report.job.notFound");
        }
        if (!job.username().equals(units.username())) {
            throw new ForbiddenException();
        }
        return job;
    }

    private void forgetOld() {
        Instant limit = Instant.now().minus(KEEP);
        jobs.values().removeIf(j -> j.started().isBefore(limit));
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
