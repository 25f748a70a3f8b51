package se.vaksam.plan;

import java.time.LocalDate;

import se.vaksam.shared.DomainException;

/**
 * The committee's decision adopting a plan.
 *
 * @param decidedOn the meeting's date
 * @param paragraph the minutes' paragraph, e.g. "§ 303"
 * @param diaryNumber the diarienummer, e.g. "ASN-2022-1234"
 * @param adoptedBy who adopted it, e.g. "Arbetsmarknads- och socialnämnden"
 */
public record Adoption(LocalDate decidedOn, String paragraph, String diaryNumber, String adoptedBy) {

    void check() {
        if (decidedOn == null || blank(paragraph) || blank(diaryNumber) || blank(adoptedBy)) {
            throw new DomainException("plan.adopt.error.incomplete");
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
