package se.vaksam.audit;

import java.time.LocalDate;

/**
 * The yttrande's frame around the sub-area answers.
 *
 * @param date Datum
 * @param address Adress, e.g. "205 80 Malmö"
 * @param diaryNumber Diarienummer, e.g. ASN-2019-19470
 * @param addressee Till, e.g. "Revisorskollegiet"
 * @param proposalLine e.g. "Arbetsmarknads- och socialnämnden föreslås besluta att lämna följande yttrande:"
 * @param summary Sammanfattning
 * @param statement the committee's overall statement (Yttrande) before the sub-areas
 * @param signatures the signature block, one line each (e.g. "Ordförande", a name)
 * @param reservations reservations or special statements (reservationer / särskilda yttranden)
 */
public record ResponseDraft(LocalDate date, String address, String diaryNumber, String addressee,
        String proposalLine, String summary, String statement, String signatures, String reservations) {
}
