package se.vaksam.check;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.vaksam.org.OrgQuery;
import se.vaksam.security.AccessLogQuery;
import se.vaksam.security.AccessLogReaders;
import se.vaksam.shared.Access;
import se.vaksam.shared.ChangeSet;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.NotFoundException;
import se.vaksam.shared.RecordChanged;

/**
 * Systematisk logguppföljning of Vaksam's own access log: each month a reproducible sample (10 % by default)
 * of the people placed in the unit's subtree who read confidential records; the managers review each sampled
 * person's reads and mark "inga anmärkningar" or "avvikelse" (published as {@link LogReviewFlagged}); the
 * finished review is registered with its diarienummer in the register of log checks, which also holds the
 * log checks done in other systems (Lifecare, Journal Digital).
 */
@Service
@Transactional
public class LogReviews {

    static final String TYPE = "check.logReview";
    public static final String VAKSAM = "Vaksam";
    private static final SecureRandom SEEDS = new SecureRandom();

    private final LogReviewStore store;
    private final AccessLogQuery log;
    private final OrgQuery org;
    private final Access access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AccessLogReaders readers;

    LogReviews(LogReviewStore store, AccessLogQuery log, OrgQuery org, Access access, ApplicationEventPublisher events,
            Clock clock, AccessLogReaders readers) {
        this.store = store;
        this.log = log;
        this.org = org;
        this.access = access;
        this.events = events;
        this.clock = clock;
        this.readers = readers;
    }

    public record SampledUser(String username, LogReviewOutcome outcome, String comment, String reviewedBy) {
    }

    public record Review(long id, long unitId, String unitName, LocalDate periodFrom, LocalDate periodTo, long seed,
            int percent, String readersChecksum, String diaryNumber, String createdBy, List<SampledUser> users,
            int version) {

        public boolean reviewed() {
            return users.stream().allMatch(u -> u.outcome() != null);
        }

        public long deviations() {
            return users.stream().filter(u -> u.outcome() == LogReviewOutcome.DEVIATION).count();
        }
    }

    public record LogCheck(long id, String system, long unitId, String unitName, LocalDate periodFrom,
            LocalDate periodTo, String result, String diaryNumber, Long logReviewId, String registeredBy) {
    }

    public record YearCount(int year, long count) {
    }

    /** Starts the month's log follow-up for a unit: samples {@code percent} % of its readers (at least one). */
    public long start(long unitId, YearMonth month, int percent, Long seed) {
        org.existingUnit(unitId, "unitId");
        access.requireWrite(unitId);
        readers.requireFollowsUp(unitId);
        if (percent < 1 || percent > 100) {
            throw new DomainException("check.sample.error.percent");
        }
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        List<PopulationRow> readers = readers(unitId, from, to);
        if (readers.isEmpty()) {
            throw new DomainException("check.logReview.error.noReaders", month.toString());
        }
        long usedSeed = seed == null ? SEEDS.nextLong() : seed;
        List<String> sampled = Sampling.draw(readers, usedSeed, SampleMethod.PERCENT, percent, false).stream()
                .map(PopulationRow::key).toList();
        long id = store.insert(unitId, from, to, usedSeed, percent, Populations.checksum(readers),
                access.current().username(), sampled);
        events.publishEvent(new RecordChanged(TYPE, Long.toString(id), RecordChanged.Action.CREATED,
                ChangeSet.create().field("period", null, month.toString()).field("seed", null, usedSeed)
                        .field("users", null, String.join(", ", sampled)).toList(), null));
        return id;
    }

    /** The readers in the unit's subtree, as a population keyed by username. */
    private List<PopulationRow> readers(long unitId, LocalDate from, LocalDate to) {
        Set<Long> subtree = org.subtree(unitId);
        return log.readersIn(from, to).stream()
                .filter(u -> org.placementsOf(u, to).stream().anyMatch(p -> subtree.contains(p.unitId())))
                .map(u -> new PopulationRow(0, u, null, null, null, null, null, null, null)).toList();
    }

    /** Re-draws from the stored seed; refused if the readers of the period are no longer the same. */
    @Transactional(readOnly = true)
    public boolean verify(long reviewId) {
        Review review = review(reviewId);
        List<PopulationRow> readers = readers(review.unitId(), review.periodFrom(), review.periodTo());
        String checksum = Populations.checksum(readers);
        if (!checksum.equals(review.readersChecksum())) {
            throw Populations.changed(review.readersChecksum(), checksum);
        }
        return Sampling.draw(readers, review.seed(), SampleMethod.PERCENT, review.percent(), false).stream()
                .map(PopulationRow::key).toList().equals(review.users().stream().map(SampledUser::username).toList());
    }

    @Transactional(readOnly = true)
    public Review review(long id) {
        LogReviewStore.Head h = store.head(id).orElseThrow(() -> new NotFoundException("check.logReview.notFound"));
        access.requireRead(h.unitId());
        readers.requireFollowsUp(h.unitId());
        return view(h);
    }

    @Transactional(readOnly = true)
    public List<Review> reviews() {
        return store.heads().stream().filter(h -> access.current().canRead(h.unitId()) && readers.followsUp(h.unitId()))
                .map(this::view).toList();
    }

    /** A sampled user's reads in the review's period, from the access log; reading them is itself logged. */
    @Transactional(readOnly = true)
    public List<AccessLogQuery.Read> readsOf(long reviewId, String username) {
        Review review = review(reviewId);
        if (review.users().stream().noneMatch(u -> u.username().equals(username))) {
            throw new NotFoundException("check.logReview.notFound");
        }
        events.publishEvent(AccessLogReaders.read("log review " + reviewId + " " + username));
        return log.readsOf(username, review.periodFrom(), review.periodTo());
    }

    /** Marks one sampled user's reads; "avvikelse" needs a description and is published for the quality work. */
    public void mark(long reviewId, String username, LogReviewOutcome outcome, String comment, int seenVersion) {
        Review review = review(reviewId);
        access.requireWrite(review.unitId());
        if (review.users().stream().noneMatch(u -> u.username().equals(username))) {
            throw new DomainException("check.logReview.error.notSampled", username);
        }
        if (outcome == null) {
            throw new DomainException("check.logReview.error.outcome");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (outcome == LogReviewOutcome.DEVIATION && text == null) {
            throw new DomainException("check.logReview.error.description");
        }
        store.bump(reviewId, seenVersion);
        String reviewer = access.current().username();
        store.mark(reviewId, username, outcome, text, reviewer);
        events.publishEvent(new RecordChanged(TYPE, Long.toString(reviewId), RecordChanged.Action.UPDATED,
                ChangeSet.create().field(username, null, outcome.name() + (text == null ? "" : ": " + text)).toList(),
                null));
        if (outcome == LogReviewOutcome.DEVIATION) {
            events.publishEvent(new LogReviewFlagged(reviewId, review.unitId(), username, reviewer, text,
                    OffsetDateTime.now(clock)));
        }
    }

    /** Registers the finished review with its diarienummer in the register of log checks. */
    public long register(long reviewId, String diaryNumber, int seenVersion) {
        Review review = review(reviewId);
        access.requireWrite(review.unitId());
        if (!review.reviewed()) {
            throw new DomainException("check.logReview.error.unreviewed");
        }
        String diary = diary(diaryNumber);
        store.bump(reviewId, seenVersion);
        store.diaryNumber(reviewId, diary);
        String result = review.deviations() == 0 ? "Inga anmärkningar"
                : review.deviations() + " avvikelse(r) av " + review.users().size() + " granskade användare";
        return store.insertCheck(VAKSAM, review.unitId(), review.periodFrom(), review.periodTo(), result, diary, reviewId,
                access.current().username());
    }

    /** Registers a log check done in another system (Lifecare, Journal Digital …). */
    public long registerCheck(String system, long unitId, LocalDate from, LocalDate to, String result,
            String diaryNumber) {
        org.existingUnit(unitId, "unitId");
        access.requireWrite(unitId);
        if (system == null || system.isBlank()) {
            throw new DomainException("check.logCheck.error.system");
        }
        if (from == null || to == null || to.isBefore(from)) {
            throw new DomainException("check.logCheck.error.period");
        }
        if (result == null || result.isBlank()) {
            throw new DomainException("check.logCheck.error.result");
        }
        long id = store.insertCheck(system.strip(), unitId, from, to, result.strip(), diary(diaryNumber), null,
                access.current().username());
        events.publishEvent(new RecordChanged("check.logCheck", Long.toString(id), RecordChanged.Action.CREATED,
                ChangeSet.create().field("system", null, system.strip()).field("diaryNumber", null, diaryNumber.strip())
                        .toList(), null));
        return id;
    }

    @Transactional(readOnly = true)
    public List<LogCheck> checks() {
        return store.checks().stream().filter(c -> access.current().canRead(c.unitId()))
                .map(c -> new LogCheck(c.id(), c.systemName(), c.unitId(), unitName(c.unitId()), c.periodFrom(),
                        c.periodTo(), c.result(), c.diaryNumber(), c.logReviewId(), c.registeredBy()))
                .toList();
    }

    /** Registered log checks per year (by the period's start), like "Diarieförda loggkontroller 2020–2024". */
    @Transactional(readOnly = true)
    public List<YearCount> yearlyCounts() {
        Map<Integer, Long> counts = new TreeMap<>();
        checks().forEach(c -> counts.merge(c.periodFrom().getYear(), 1L, Long::sum));
        return counts.entrySet().stream().map(e -> new YearCount(e.getKey(), e.getValue())).toList();
    }

    private static String diary(String diaryNumber) {
        if (diaryNumber == null || diaryNumber.isBlank()) {
            throw new DomainException("check.logCheck.error.diary");
        }
        if (diaryNumber.strip().length() > 60) {
            throw new DomainException("check.logCheck.error.diaryLength");
        }
        return diaryNumber.strip();
    }

    private String unitName(long unitId) {
        return org.unit(unitId).map(OrgQuery.UnitView::name).orElse("");
    }

    private Review view(LogReviewStore.Head h) {
        return new Review(h.id(), h.unitId(), unitName(h.unitId()), h.periodFrom(), h.periodTo(), h.seed(),
                h.percent(), h.readersChecksum(), h.diaryNumber(), h.createdBy(),
                store.users(h.id()).stream().map(u -> new SampledUser(u.username(),
                        u.outcome() == null ? null : LogReviewOutcome.valueOf(u.outcome()), u.comment(),
                        u.reviewedBy())).toList(),
                h.version());
    }
}
