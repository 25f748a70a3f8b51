package se.vaksam.audit;

import java.time.LocalDate;
import java.util.List;

import se.vaksam.shared.DomainException;

/**
 * An auditors' review as entered from their report.
 *
 * @param committeeId the reviewed committee (nämnd)
 * @param number the auditors' number, e.g. SR-2019-82
 * @param title e.g. "Granskning av ekonomiskt bistånd"
 * @param auditors who reviewed, e.g. "Stadsrevisionen"
 * @param reviewedOn the report's date
 * @param overallJudgement the overall judgement (sammanvägd bedömning)
 * @param areas the sub-areas in the report's order (may be empty, added later)
 */
public record ReviewDraft(Long committeeId, String number, String title, String auditors, LocalDate reviewedOn,
        String overallJudgement, List<AreaDraft> areas) {

    void check() {
        if (committeeId == null || blank(number) || blank(title) || blank(auditors) || reviewedOn == null) {
            throw new DomainException("audit.error.reviewRequired");
        }
        if (areas != null) {
            areas.forEach(AreaDraft::check);
        }
    }

    List<AreaDraft> areasOrEmpty() {
        return areas == null ? List.of() : areas;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
