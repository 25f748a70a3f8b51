package se.vaksam.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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
