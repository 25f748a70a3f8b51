package se.vaksam.governance;

import java.time.LocalDate;

import se.vaksam.shared.DomainException;

/**
 * A governing document as entered.
 *
 * @param owningUnitId the unit the document belongs to (decides who may read and change it)
 * @param title the title, e.g. "Rutin för systematisk logguppföljning"
 * @param kind riktlinje, rutin, kärnprocess or anvisning
 * @param ownerUsername the dokumentägare's login name, or null
 * @param decidedBy the body or person that decided it, e.g. "Arbetsmarknads- och socialnämnden"
 * @param decidedOn the decision's date, or null
 * @param diaryNumber the diarienummer, or null
 * @param validFrom from when it applies, or null
 * @param revisionMonths how often it is revised, in months, or null
 * @param nextRevision the next revision's date; if null it is computed from the decision (or validity) and
 *        the interval
 * @param implementationStatus how far it is implemented
 * @param link the file or intranet page, or null
 */
public record DocumentDraft(Long owningUnitId, String title, DocumentKind kind, String ownerUsername,
        String decidedBy, LocalDate decidedOn, String diaryNumber, LocalDate validFrom, Integer revisionMonths,
        LocalDate nextRevision, ImplementationStatus implementationStatus, String link) {

    void check() {
        if (owningUnitId == null || title == null || title.isBlank() || kind == null) {
            throw new DomainException("governance.error.required");
        }
        if (revisionMonths != null && (revisionMonths < 1 || revisionMonths > 120)) {
            throw new DomainException("governance.error.interval");
        }
        if (link != null && !link.isBlank() && !link.startsWith("https://") && !link.startsWith("http://")) {
            throw new DomainException("governance.error.link");
        }
    }

    /** The next revision as given, or the decision (or validity) date plus the interval. */
    LocalDate effectiveNextRevision() {
        if (nextRevision != null || revisionMonths == null) {
            return nextRevision;
        }
        LocalDate from = decidedOn != null ? decidedOn : validFrom;
        return from == null ? null : from.plusMonths(revisionMonths);
    }

    ImplementationStatus statusOrDefault() {
        return implementationStatus == null ? ImplementationStatus.NOT_STARTED : implementationStatus;
    }
}
