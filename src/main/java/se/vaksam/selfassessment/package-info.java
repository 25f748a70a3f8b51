/**
 * The yearly self-assessment (<em>självskattning</em>): each committee (nämnd) evaluates its own
 * internal control against the kommun's common criteria (<em>kommungemensamma kriterier</em>) in
 * five areas — Kontrollmiljö, Riskanalys, Kontrollaktiviteter, Kommunikation/information,
 * Uppföljning/utvärdering. For every <em>kriterium</em> it gives a <em>bedömning</em> on the rating
 * scale (Tillfredsställande / Delvis tillfredsställande / Ej tillfredsställande) with a motivation,
 * writes a summary and submits it to kommunstyrelsen; last year's answers are shown beside.
 * {@link se.vaksam.selfassessment.SelfAssessmentManagement} changes, {@link se.vaksam.selfassessment.SelfAssessments}
 * reads within the signed-in person's scope, and other modules (the report) read through
 * {@link se.vaksam.selfassessment.SelfAssessmentQuery}. A municipality that starts with Vaksam brings in its past
 * years' self-assessments from a file (<em>inläsning av historik</em>, kind {@code self-assessments}): one row per
 * committee, year and criterion, the criterion by its number within the area or its text in that year's criteria;
 * such an <em>imported</em> self-assessment may be corrected by importing again, one written in Vaksam may not.
 */
package se.vaksam.selfassessment;
