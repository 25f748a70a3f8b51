/**
 * Surveys (<em>enkäter</em>): reviews that collect their evidence by asking people. A survey is a questionnaire
 * (ja/nej, one or several choices, a scale, a number, free text; a question may be asked only when an earlier
 * one got a given answer) sent to <em>mottagare</em> (recipients) chosen as people by role and unit through
 * {@code org}, or imported as a list. Each recipient gets a personal link by e-mail with a one-time token (no
 * account needed; only the token's SHA-256 is stored) and, before the closing date, one reminder if they have
 * not answered. The <em>svarsfrekvens</em> (response rate) is answered ÷ offered; every result counts
 * <em>Ej besvarad</em> (not answered: offered − answered − not asked because of a condition), so the people who
 * never answered do not vanish from the table.
 *
 * <p><em>Anonym enkät</em> (anonymous mode, for staff surveys on sensitive matters such as otillåten
 * påverkan): the token only marks its recipient as answered; the stored answers carry no recipient, no time of
 * day, only the group (unit) the recipient was asked in, and no breakdown is shown for a group with fewer
 * answers than the survey's minimum (default 5).
 *
 * <p>Results reach a plan review's result table through {@code plan}'s public API
 * ({@link se.vaksam.plan.PlanManagement#putResultTable}). Figures of surveys run elsewhere (the
 * <em>brukarundersökning</em>, paper, national surveys) are imported per series, year and area and offered to
 * other modules — the quality report — through {@link se.vaksam.survey.SurveyQuery}.
 *
 * <p>Pages: a coordinator prepares a survey at {@code /surveys/new} (questions and their conditions are edited
 * by re-rendering the form on the server, so nothing needs JavaScript; a condition is picked as "question N was
 * answered X"), adds <em>mottagare</em> on the survey's page by role and unit or as a pasted list, and sends
 * (<em>skicka</em>) and closes (<em>stäng</em>) it there, each irreversible step asked first. The response rate on
 * the page refreshes itself while the page is open.
 */
package se.vaksam.survey;
