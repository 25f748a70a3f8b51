package se.vaksam.check;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.vaksam.org.OrgQuery;
import se.vaksam.shared.Access;
import se.vaksam.shared.ChangeSet;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.NotFoundException;
import se.vaksam.shared.RecordChanged;

/**
 * Populations (urvalsramar) imported from files, all or nothing: every row is checked first and nothing is
 * stored if any row has a problem. The stored records carry a SHA-256 checksum over their canonical form,
 * so a later change is detected. Scope: whoever may change the owning unit imports; readers of the unit read.
 */
@Service
@Transactional
public class Populations {

    static final String TYPE = "check.population";

    private final PopulationStore store;
    private final Access access;
    private final ApplicationEventPublisher events;
    private final OrgQuery org;

    Populations(PopulationStore store, Access access, ApplicationEventPublisher events, OrgQuery org) {
        this.org = org;
        this.store = store;
        this.access = access;
        this.events = events;
    }

    public record Population(long id, String name, long unitId, String fileName, String checksum, int rowCount,
            String importedBy, OffsetDateTime importedAt, int version) {
    }

    /** The outcome of an import: the new population's id, or the problems (then nothing was stored). */
    public record ImportResult(Long populationId, int rowCount, List<ImportProblem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Imports a new population from a read file by the mapping. */
    public ImportResult importFile(String name, long unitId, FileTable file, ColumnMapping mapping) {
        return importFile(name, unitId, file, mapping, ImportProgress.NONE);
    }

    /** The same, telling {@code progress} how far it has come (for a page that polls a background import). */
    public ImportResult importFile(String name, long unitId, FileTable file, ColumnMapping mapping,
            ImportProgress progress) {
        org.existingUnit(unitId, "unitId");
        access.requireWrite(unitId);
        if (name == null || name.isBlank()) {
            return new ImportResult(null, 0, List.of(ImportProblem.file("check.import.error.noName")));
        }
        RowMapper.Result mapped = RowMapper.map(file, mapping, progress);
        if (!mapped.problems().isEmpty()) {
            return new ImportResult(null, 0, mapped.problems());
        }
        int total = mapped.rows().size();
        progress.report(ImportProgress.CHECKSUM, total, total);
        String checksum = checksum(mapped.rows());
        progress.report(ImportProgress.STORE, total, total);
        long id = store.insert(name.strip(), unitId, file.fileName() == null ? "" : file.fileName(), checksum,
                mapped.rows().size(), access.current().username());
        store.copyRows(id, mapped.rows());
        events.publishEvent(new RecordChanged(TYPE, Long.toString(id), RecordChanged.Action.CREATED,
                ChangeSet.create().field("name", null, name.strip()).field("checksum", null, checksum)
                        .field("rows", null, Integer.toString(mapped.rows().size())).toList(), null));
        return new ImportResult(id, mapped.rows().size(), List.of());
    }

    /**
     * Replaces a population's records with a corrected file (e.g. the case system's new extract). Its checksum
     * changes, so samples drawn from the old records can no longer be verified: that is the point.
     */
    public ImportResult replaceFile(long populationId, FileTable file, ColumnMapping mapping, int seenVersion) {
        Population before = population(populationId);
        access.requireWrite(before.unitId());
        if (before.version() != seenVersion) {
            throw new org.springframework.dao.OptimisticLockingFailureException("check.population " + populationId);
        }
        RowMapper.Result mapped = RowMapper.map(file, mapping);
        if (!mapped.problems().isEmpty()) {
            return new ImportResult(null, 0, mapped.problems());
        }
        String checksum = checksum(mapped.rows());
        store.replace(populationId, file.fileName() == null ? "" : file.fileName(), checksum, mapped.rows().size(),
                access.current().username());
        store.copyRows(populationId, mapped.rows());
        events.publishEvent(new RecordChanged(TYPE, Long.toString(populationId), RecordChanged.Action.UPDATED,
                ChangeSet.create().field("checksum", before.checksum(), checksum)
                        .field("rows", Integer.toString(before.rowCount()), Integer.toString(mapped.rows().size()))
                        .toList(), null));
        return new ImportResult(populationId, mapped.rows().size(), List.of());
    }

    @Transactional(readOnly = true)
    public Population population(long id) {
        Population p = store.population(id).map(Populations::view)
                .orElseThrow(() -> new NotFoundException("check.population.notFound"));
        access.requireRead(p.unitId());
        return p;
    }

    @Transactional(readOnly = true)
    public List<Population> populations() {
        return store.populations().stream().filter(p -> access.current().canRead(p.unitId())).map(Populations::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<PopulationRow> rows(long populationId) {
        population(populationId);
        return store.rows(populationId);
    }

    /** At most {@code limit} records after row number {@code after}, in row order (one page of a large population). */
    public List<PopulationRow> rows(long populationId, int after, int limit) {
        population(populationId);
        return store.rows(populationId, after, limit);
    }

    /** SHA-256 (hex) over the records' canonical lines in row order. */
    static String checksum(List<PopulationRow> rows) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (PopulationRow row : rows) {
                digest.update(row.canonical().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Population view(PopulationStore.PopulationRecord r) {
        return new Population(r.id(), r.name(), r.unitId(), r.fileName(), r.checksum(), r.rowCount(), r.importedBy(),
                r.importedAt(), r.version());
    }

    static DomainException changed(String expected, String actual) {
        return new DomainException("check.sample.error.populationChanged", expected.substring(0, 12),
                actual.substring(0, 12));
    }
}
