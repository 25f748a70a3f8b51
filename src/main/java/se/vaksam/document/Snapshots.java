package se.vaksam.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.vaksam.org.UnitAccess;
import se.vaksam.shared.Access;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.ForbiddenException;
import se.vaksam.shared.NotFoundException;
import se.vaksam.shared.RecordChanged;

/**
 * Frozen versions of rendered documents, for any module's records: "Skicka till nämnd" stores the file, the data
 * it was made from (JSON), its SHA-256, who, when and the diarienummer. A stored version never changes, whatever
 * happens to the owner record afterwards (the database refuses updates and deletes).
 *
 * <p>Access: a snapshot is readable by whoever may read its owning unit (normally the committee) or any unit
 * below it. Freezing requires the caller to have checked that the person may send the owner record; the
 * service itself checks that they can write the owning unit or a unit below it.
 */
@Service
public class Snapshots {

    private final SnapshotStore store;
    private final UnitAccess units;
    private final Access access;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Snapshots(SnapshotStore store, UnitAccess units, Access access, Clock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.units = units;
        this.access = access;
        this.clock = clock;
        this.events = events;
    }

    /**
     * What to freeze.
     *
     * @param ownerType stable type name of the owner record, e.g. {@code plan.plan}
     * @param ownerId the owner record's id
     * @param owningUnitId the unit whose readers may read the snapshot (the committee)
     * @param kind what document it is, e.g. {@code tertial-2}, {@code annual}, {@code yttrande}: versions are
     *        numbered per owner, kind and format
     * @param label a human title, e.g. "Uppföljning av internkontrollplan 2025 – tertial 2"
     * @param format the file's format
     * @param content the rendered file
     * @param sourceJson the data the document was made from, as JSON
     * @param diaryNumber the diarienummer it is sent under, or null
     */
    public record NewSnapshot(String ownerType, long ownerId, long owningUnitId, String kind, String label,
            Format format, byte[] content, String sourceJson, String diaryNumber) {
    }

    /** A stored version without its bytes. */
    public record Snapshot(long id, String ownerType, long ownerId, long owningUnitId, String kind, String label,
            int versionNo, Format format, String fileName, String contentType, int sizeBytes, String sha256,
            String diaryNumber, String madeBy, OffsetDateTime madeAt) {
    }

    /** A stored file: its metadata, bytes and source data. */
    public record StoredFile(Snapshot snapshot, byte[] content, String sourceJson) {
    }

    /** Stores the file as the next version for its owner, kind and format; returns the new snapshot. */
    @Transactional
    public Snapshot freeze(NewSnapshot s) {
        if (s.content() == null || s.content().length == 0 || s.format() == null || blank(s.ownerType())
                || blank(s.kind()) || blank(s.label())) {
            throw new DomainException("report.snapshot.error.incomplete");
        }
        units.requireWrite(s.owningUnitId());
        int version = store.nextVersion(s.ownerType(), s.ownerId(), s.kind(), s.format());
        long id = store.insert(s, version, s.format().fileName(s.label()), sha256(s.content()),
                s.sourceJson() == null ? "{}" : s.sourceJson(), access.current().username(), OffsetDateTime.now(clock));
        events.publishEvent(new RecordChanged("report.snapshot", String.valueOf(id), RecordChanged.Action.CREATED,
                List.of(new RecordChanged.FieldChange("label", null, s.label()),
                        new RecordChanged.FieldChange("format", null, s.format().name()),
                        new RecordChanged.FieldChange("owner", null, s.ownerType() + " " + s.ownerId())),
                null));
        return store.find(id).orElseThrow();
    }

    /**
     * Stores several files made from the same data at once (e.g. the PDF and the DOCX of one sending): all or
     * none. Render them before calling, so that the transaction is short.
     */
    @Transactional
    public List<Snapshot> freezeAll(List<NewSnapshot> files) {
        return files.stream().map(this::freeze).toList();
    }

    /** The versions stored for an owner record, newest first; empty if the person may not read them. */
    public List<Snapshot> of(String ownerType, long ownerId) {
        return store.ofOwner(ownerType, ownerId).stream().filter(s -> units.canRead(s.owningUnitId())).toList();
    }

    /**
     * The latest stored files of any owner that the person may read, newest first: at most {@code lookAt} files
     * are looked at (each owning unit's rights are asked once).
     */
    public List<Snapshot> latestReadable(int lookAt) {
        Map<Long, Boolean> readable = new HashMap<>();
        return store.latest(lookAt).stream()
                .filter(s -> readable.computeIfAbsent(s.owningUnitId(), units::canRead))
                .toList();
    }

    /** One stored version with its bytes (403 if not readable, 404 if none). */
    public StoredFile file(long snapshotId) {
        Snapshot snapshot = store.find(snapshotId).orElseThrow(() -> new NotFoundException("report.snapshot.notFound"));
        if (!units.canRead(snapshot.owningUnitId())) {
            throw new ForbiddenException();
        }
        return new StoredFile(snapshot, store.content(snapshotId), store.sourceJson(snapshotId));
    }

    /** The SHA-256 of bytes as 64 lowercase hex digits. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The SHA-256 of a text's UTF-8 bytes. */
    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
