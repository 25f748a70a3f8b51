package se.vaksam.audit;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The committee's answer for one sub-area of the yttrande.
 *
 * @param actionsTaken Redovisa vilka åtgärder som genomförts
 * @param effects Redovisa vilka effekter åtgärderna har haft på verksamheten
 * @param plannedActions Beskriv eventuella ytterligare åtgärder som planeras
 */
@Schema(name = "AuditAreaAnswerDraft", description = "Nämndens svar för ett delområde; ett fält som inte skickas "
        + "(null) lämnas som det är, ett tomt fält töms")
public record AnswerDraft(String actionsTaken, String effects, String plannedActions) {
}
