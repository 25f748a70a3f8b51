package se.vaksam.governance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.vaksam.shared.Versions;

/** The governing documents and their links, in SQL. */
@Repository
class DocumentStore {

    record Row(long id, long owningUnitId, String title, DocumentKind kind, Long ownerPersonId, String ownerUsername,
            String decidedBy, LocalDate decidedOn, String diaryNumber, LocalDate validFrom, Integer revisionMonths,
            LocalDate nextRevision, ImplementationStatus implementationStatus, String link, int version) {
    }

    private static final String SELECT = """
            select id, owning_unit_id, title, kind, owner_person_id, owner_username, decided_by, decided_on,
                   diary_number, valid_from, revision_months, next_revision, implementation_status, link, version
            from governing_document""";

    private final JdbcClient jdbc;

    DocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> all() {
        return jdbc.sql(SELECT + " order by title, id").query(Row.class).list();
    }

    Optional<Row> find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(Row.class).optional();
    }

    List<Row> overdueOwnedBy(long personId, LocalDate today) {
        return jdbc.sql(SELECT + " where owner_person_id = ? and next_revision < ? order by next_revision")
                .params(personId, today).query(Row.class).list();
    }

    List<Row> linkedTo(String recordType, String recordId) {
        return jdbc.sql(SELECT + "\n" + """
                where id in (select document_id from governing_document_link where record_type = ? and record_id = ?)
                order by title""").params(recordType, recordId).query(Row.class).list();
    }

    long insert(DocumentDraft d, Long ownerPersonId) {
        return jdbc.sql("""
                insert into governing_document (owning_unit_id, title, kind, owner_person_id, owner_username, decided_by,
                    decided_on, diary_number, valid_from, revision_months, next_revision, implementation_status, link)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(d.owningUnitId(), d.title().strip(), d.kind().name(), ownerPersonId, blank(d.ownerUsername()),
                        blank(d.decidedBy()), d.decidedOn(), blank(d.diaryNumber()), d.validFrom(), d.revisionMonths(),
                        d.effectiveNextRevision(), d.statusOrDefault().name(), blank(d.link()))
                .query(Long.class).single();
    }

    void update(long id, DocumentDraft d, Long ownerPersonId, int seenVersion) {
        int rows = jdbc.sql("""
                update governing_document set owning_unit_id = ?, title = ?, kind = ?, owner_person_id = ?,
                    owner_username = ?, decided_by = ?, decided_on = ?, diary_number = ?, valid_from = ?,
                    revision_months = ?, next_revision = ?, implementation_status = ?, link = ?, version = version + 1
                where id = ? and version = ?""")
                .params(d.owningUnitId(), d.title().strip(), d.kind().name(), ownerPersonId, blank(d.ownerUsername()),
                        blank(d.decidedBy()), d.decidedOn(), blank(d.diaryNumber()), d.validFrom(), d.revisionMonths(),
                        d.effectiveNextRevision(), d.statusOrDefault().name(), blank(d.link()), id, seenVersion)
                .update();
        Versions.checked(rows, jdbc, "governing_document", id, seenVersion);
    }

    /** The documents an import made, by their source id. */
    Map<String, Row> bySource(Collection<String> sourceIds) {
        if (sourceIds.isEmpty()) {
            return Map.of();
        }
        Map<String, Row> found = new HashMap<>();
        DataClassRowMapper<Row> rows = new DataClassRowMapper<>(Row.class);
        jdbc.sql(SELECT.replaceFirst("select ", "select source_id, ") + " where source_id in (:ids)")
                .param("ids", List.copyOf(sourceIds))
                .query((rs, n) -> found.put(rs.getString("source_id"), rows.mapRow(rs, n))).list();
        return found;
    }

    /** Inserts imported documents in one statement; their ids by source id. */
    Map<String, Long> insertImported(List<Imported> documents) {
        if (documents.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("""
                insert into governing_document (owning_unit_id, title, kind, owner_person_id, owner_username, decided_by,
                    decided_on, diary_number, valid_from, revision_months, next_revision, implementation_status, link,
                    source_id)
                select u.unit, u.title, u.kind, u.owner, u.username, u.decided_by, cast(u.decided_on as date), u.diary,
                    cast(u.valid_from as date), u.months, cast(u.next_revision as date), u.status, u.link, u.source
                from unnest(cast(:units as bigint[]), cast(:titles as text[]), cast(:kinds as text[]),
                    cast(:owners as bigint[]), cast(:usernames as text[]), cast(:decidedBy as text[]),
                    cast(:decidedOn as text[]), cast(:diaries as text[]), cast(:validFrom as text[]),
                    cast(:months as integer[]), cast(:nextRevision as text[]), cast(:statuses as text[]),
                    cast(:links as text[]), cast(:sources as text[]))
                    as u(unit, title, kind, owner, username, decided_by, decided_on, diary, valid_from, months,
                         next_revision, status, link, source)
                returning id, source_id""")
                .param("units", documents.stream().map(d -> d.draft().owningUnitId()).toArray(Long[]::new))
                .param("titles", documents.stream().map(d -> d.draft().title().strip()).toArray(String[]::new))
                .param("kinds", documents.stream().map(d -> d.draft().kind().name()).toArray(String[]::new))
                .param("owners", documents.stream().map(Imported::ownerPersonId).toArray(Long[]::new))
                .param("usernames", documents.stream().map(d -> blank(d.draft().ownerUsername())).toArray(String[]::new))
                .param("decidedBy", documents.stream().map(d -> blank(d.draft().decidedBy())).toArray(String[]::new))
                .param("decidedOn", documents.stream().map(d -> text(d.draft().decidedOn())).toArray(String[]::new))
                .param("diaries", documents.stream().map(d -> blank(d.draft().diaryNumber())).toArray(String[]::new))
                .param("validFrom", documents.stream().map(d -> text(d.draft().validFrom())).toArray(String[]::new))
                .param("months", documents.stream().map(d -> d.draft().revisionMonths()).toArray(Integer[]::new))
                .param("nextRevision", documents.stream().map(d -> text(d.draft().effectiveNextRevision()))
                        .toArray(String[]::new))
                .param("statuses", documents.stream().map(d -> d.draft().statusOrDefault().name()).toArray(String[]::new))
                .param("links", documents.stream().map(d -> blank(d.draft().link())).toArray(String[]::new))
                .param("sources", documents.stream().map(Imported::sourceId).toArray(String[]::new))
                .query((rs, n) -> ids.put(rs.getString("source_id"), rs.getLong("id"))).list();
        return ids;
    }

    /** Overwrites an imported document with the file's row (the import holds the only claim to it). */
    void updateImported(long id, Imported d, int version) {
        update(id, d.draft(), d.ownerPersonId(), version);
    }

    /** A document as a file row gives it: the draft, its owner's id and the source system's id. */
    record Imported(String sourceId, DocumentDraft draft, Long ownerPersonId) {
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    boolean link(long documentId, String recordType, String recordId) {
        return jdbc.sql("""
                insert into governing_document_link (document_id, record_type, record_id) values (?, ?, ?)
                on conflict do nothing""").params(documentId, recordType, recordId).update() > 0;
    }

    boolean unlink(long documentId, String recordType, String recordId) {
        return jdbc.sql("delete from governing_document_link where document_id = ? and record_type = ? and record_id = ?")
                .params(documentId, recordType, recordId).update() > 0;
    }

    List<GovernanceQuery.Link> links(long documentId) {
        return jdbc.sql("select document_id, record_type, record_id from governing_document_link where document_id = ? order by id")
                .param(documentId).query(GovernanceQuery.Link.class).list();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
