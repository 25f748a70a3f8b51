package se.vaksam.governance.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import se.vaksam.governance.DocumentDraft;
import se.vaksam.governance.DocumentKind;
import se.vaksam.governance.GovernanceQuery;
import se.vaksam.governance.ImplementationStatus;
import se.vaksam.shared.DomainException;

/** The governing-document form as typed (dates and numbers as text, checked when turned into a draft). */
record DocumentForm(Long owningUnitId, String title, String kind, String ownerUsername, String decidedBy,
        String decidedOn, String diaryNumber, String validFrom, String revisionMonths, String nextRevision,
        String implementationStatus, String link) {

    static DocumentForm empty() {
        return new DocumentForm(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    static DocumentForm of(GovernanceQuery.DocumentView d) {
        return new DocumentForm(d.owningUnitId(), d.title(), d.kind().name(), d.ownerUsername(), d.decidedBy(),
                text(d.decidedOn()), d.diaryNumber(), text(d.validFrom()),
                d.revisionMonths() == null ? null : d.revisionMonths().toString(), text(d.nextRevision()),
                d.implementationStatus().name(), d.link());
    }

    DocumentDraft draft() {
        return new DocumentDraft(owningUnitId, title, choice(DocumentKind.class, kind), ownerUsername, decidedBy,
                date(decidedOn), diaryNumber, date(validFrom), number(revisionMonths), date(nextRevision),
                choice(ImplementationStatus.class, implementationStatus), link);
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static LocalDate date(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException("governance.error.date", typed);
        }
    }

    private static Integer number(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            throw new DomainException("governance.error.interval");
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new DomainException("governance.error.required");
        }
    }
}
