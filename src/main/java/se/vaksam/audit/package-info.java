/**
 * The city auditors' reviews and the committee's response. Stadsrevisionen (revisorskollegiet) reviews an
 * area of a committee (<em>granskning</em>, e.g. SR-2019-82 of ekonomiskt bistånd): an overall judgement and,
 * per sub-area (<em>delområde</em>), the auditors' judgement (<em>bedömning</em>) and recommendations
 * (<em>rekommendationer</em>, "Nämnden rekommenderas säkerställa att …"). The committee answers with a
 * <em>yttrande</em>: a header (Datum, Adress, Diarienummer, Till), a summary, the proposal line and, per
 * sub-area, <em>Redovisa vilka åtgärder som genomförts</em>, <em>Redovisa vilka effekter åtgärderna har haft
 * på verksamheten</em> and <em>Beskriv eventuella ytterligare åtgärder som planeras</em>, then the signature
 * block and reservations. Sub-areas can be assigned to a person to draft; the internal-control coordinator
 * assembles. Each recommendation is followed until done, linked to direct actions and improvement actions of
 * the plan and to risks. {@link se.vaksam.audit.AuditManagement} changes, {@link se.vaksam.audit.AuditQuery}
 * reads. Past years' reviews come in from a file copied out of the auditors' reports ({@code AuditImport}, one
 * row per recommendation with its review's and sub-area's columns), each recommendation with its status and the
 * day it was closed, found again by its source id.
 */
package se.vaksam.audit;
