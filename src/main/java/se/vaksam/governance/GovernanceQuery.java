package se.vaksam.governance;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * How pages, the API and other modules read governing documents: records only, within what the signed-in
 * person may read.
 */
public interface GovernanceQuery {

    /** The documents linked to a record of another module, e.g. {@code linkedTo("risk.risk", "12")}. */
    List<DocumentView> linkedTo(String recordType, String recordId);

    /** Documents the person may read, by title; all filters optional. */
    List<DocumentView> documents(DocumentKind kind, Long unitId, boolean overdueOnly);

    DocumentView document(long documentId);

    /** A document in the register; {@code overdue} when its next revision date has passed. */
    record DocumentView(long id, long owningUnitId, String owningUnitName, String title, DocumentKind kind,
            Long ownerPersonId, String ownerUsername, String ownerName, String decidedBy, LocalDate decidedOn,
            String diaryNumber, LocalDate validFrom, Integer revisionMonths, LocalDate nextRevision,
            ImplementationStatus implementationStatus, String link, boolean overdue, int version, boolean writable) {
    }

    /** A link from a record of another module to a document. */
    @Schema(name = "GoverningDocumentLink")
    record Link(long documentId, String recordType, String recordId) {
    }
}
