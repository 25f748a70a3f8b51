package se.vaksam.audit;

/**
 * The committee's answer for one sub-area of the yttrande.
 *
 * @param actionsTaken Redovisa vilka åtgärder som genomförts
 * @param effects Redovisa vilka effekter åtgärderna har haft på verksamheten
 * @param plannedActions Beskriv eventuella ytterligare åtgärder som planeras
 */
public record AnswerDraft(String actionsTaken, String effects, String plannedActions) {
}
