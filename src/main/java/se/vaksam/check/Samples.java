package se.vaksam.check;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.vaksam.shared.Access;
import se.vaksam.shared.Bounds;
import se.vaksam.shared.ChangeSet;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.NotFoundException;
import se.vaksam.shared.RecordChanged;

/**
 * Reproducible samples (stickprov): the seed, method, size, stratification, the population's checksum, who
 * and when are stored with the picked cases, so that anyone can re-draw ("Verifiera urval") and get the same
 * cases — unless the population has changed since, which is detected by its checksum and refused.
 */
@Service
@Transactional
public class Samples {

    static final String TYPE = "check.sample";
    private static final SecureRandom SEEDS = new SecureRandom();

    private final SampleStore store;
    private final PopulationStore populations;
    private final Populations populationReads;
    private final Access access;
    private final ApplicationEventPublisher events;

    Samples(SampleStore store, PopulationStore populations, Populations populationReads, Access access,
            ApplicationEventPublisher events) {
        this.store = store;
        this.populations = populations;
        this.populationReads = populationReads;
        this.access = access;
        this.events = events;
    }

    /** A sample in a list: what it was drawn from, how, and how many cases, without the cases. */
    @Schema(name = "SampleSummary")
    public record Summary(long id, long populationId, String populationName, long unitId, SampleMethod method,
            int amount, boolean stratified, int cases, String drawnBy, OffsetDateTime drawnAt) {
    }

    /** The longest list of samples one request returns. */
    public static final int MAX_LIST = 500;

    /**
     * The samples of populations in units the person may read, newest first, optionally of one
     * population; at most {@code limit} (1 to {@link #MAX_LIST}).
     */
    @Transactional(readOnly = true)
    public List<Summary> list(Long populationId, int limit) {
        var scope = access.current();
        Long[] units = scope.administrator() ? null : scope.readableUnitIds().toArray(Long[]::new);
        return store.summaries(units, populationId, Bounds.size("limit", limit, MAX_LIST));
    }

    public record Sample(long id, long populationId, String populationName, long unitId, long seed,
            SampleMethod method, int amount, boolean stratified, String populationChecksum, String drawnBy,
            OffsetDateTime drawnAt, List<PopulationRow> cases) {
    }

    /** The outcome of "Verifiera urval": the re-drawn keys and whether they equal the stored ones. */
    public record Verification(boolean same, List<String> storedKeys, List<String> redrawnKeys) {
    }

    /** Draws a sample; {@code seed} null means a new random seed (which is then stored). */
    public long draw(long populationId, SampleMethod method, int amount, boolean stratified, Long seed) {
        Populations.Population population = populationReads.population(populationId);
        access.requireWrite(population.unitId());
        if (method == null) {
            throw new DomainException("check.sample.error.method");
        }
        if (amount < 1 || (method == SampleMethod.PERCENT && amount > 100)) {
            throw new DomainException(method == SampleMethod.PERCENT ? "check.sample.error.percent"
                    : "check.sample.error.count");
        }
        List<PopulationRow> rows = populations.rows(populationId);
        if (method == SampleMethod.COUNT && amount > rows.size()) {
            throw new DomainException("check.sample.error.countTooLarge", amount, rows.size());
        }
        String checksum = Populations.checksum(rows);
        if (!checksum.equals(population.checksum())) {
            throw Populations.changed(population.checksum(), checksum);
        }
        long usedSeed = seed == null ? SEEDS.nextLong() : seed;
        List<PopulationRow> picked = Sampling.draw(rows, usedSeed, method, amount, stratified);
        long id = store.insert(populationId, usedSeed, method, amount, stratified, checksum,
                access.current().username(), picked);
        events.publishEvent(new RecordChanged(TYPE, Long.toString(id), RecordChanged.Action.CREATED,
                ChangeSet.create().field("population", null, population.name()).field("seed", null, usedSeed)
                        .field("method", null, method + " " + amount).field("stratified", null, stratified)
                        .field("cases", null, picked.size()).toList(), null));
        return id;
    }

    @Transactional(readOnly = true)
    public Sample sample(long sampleId) {
        SampleStore.SampleRecord s = store.sample(sampleId)
                .orElseThrow(() -> new NotFoundException("check.sample.notFound"));
        Populations.Population population = populationReads.population(s.populationId());
        Map<String, PopulationRow> byKey = populations.rows(s.populationId()).stream()
                .collect(Collectors.toMap(PopulationRow::key, Function.identity(), (a, b) -> a));
        List<PopulationRow> cases = store.caseKeys(sampleId).stream()
                .map(k -> byKey.getOrDefault(k, new PopulationRow(0, k, null, null, null, null, null, null, null)))
                .toList();
        return new Sample(s.id(), s.populationId(), population.name(), population.unitId(), s.seed(),
                SampleMethod.valueOf(s.method()), s.amount(), s.stratified(), s.populationChecksum(), s.drawnBy(),
                s.drawnAt(), cases);
    }

    @Transactional(readOnly = true)
    public List<Sample> samplesOf(long populationId) {
        populationReads.population(populationId);
        return store.samplesOf(populationId).stream().map(s -> sample(s.id())).toList();
    }

    /**
     * Re-draws the sample from the stored seed and the population's current records. Refused (422) when the
     * records no longer have the checksum they had when the sample was drawn.
     */
    @Transactional(readOnly = true)
    public Verification verify(long sampleId) {
        SampleStore.SampleRecord s = store.sample(sampleId)
                .orElseThrow(() -> new NotFoundException("check.sample.notFound"));
        populationReads.population(s.populationId());
        List<PopulationRow> rows = populations.rows(s.populationId());
        String checksum = Populations.checksum(rows);
        if (!checksum.equals(s.populationChecksum())) {
            throw Populations.changed(s.populationChecksum(), checksum);
        }
        List<String> redrawn = Sampling.draw(rows, s.seed(), SampleMethod.valueOf(s.method()), s.amount(),
                s.stratified()).stream().map(PopulationRow::key).toList();
        List<String> stored = store.caseKeys(sampleId);
        return new Verification(stored.equals(redrawn), stored, redrawn);
    }
}
