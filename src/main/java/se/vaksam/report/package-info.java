/**
 * Documents out – the internal-control reports that read across modules. It reads the other modules through
 * their query interfaces (never their tables, never writing them) and produces the documents the committee
 * (nämnd) receives: the tertial follow-up "Uppföljning av internkontrollplan ÅÅÅÅ – tertial N", the annual
 * "Uppföljning intern kontroll ÅÅÅÅ" and kommunstyrelsen's views, as HTML preview, DOCX and accessible PDF;
 * "Skicka till nämnd" freezes a version.
 *
 * <p>The kommun's standard texts (Inledning, Ansvar …) are editable templates; their placeholders are written
 * from the report's facts ({@code ReportPlaceholders}): which rapportering of the year, the direktåtgärder and
 * granskningar counted in words, the months of the tertial (tertial: January–April, May–August) and when the next
 * återrapportering comes. The annual report's Självskattning chapter carries the committee's own text per area
 * (område: Kontrollmiljö, Riskanalys, Kontrollaktiviteter, Kommunikation/information, Uppföljning/utvärdering) and,
 * when it chooses, last year's bedömning beside this year's; Bilaga 1 follows up last year's förbättringsåtgärder.
 *
 * <p>It builds its documents on the document engine, module {@code document} ({@code Doc}, {@code Block},
 * {@code Charts}, {@code DocumentRenderer}, {@code Format}, {@code Snapshots}), as {@code audit} (the yttrande)
 * and {@code deviation} (the kvalitetsberättelse) do for the documents that read only their own data; nothing
 * depends on {@code report}. It serves the stored files of every module at {@code /reports/snapshots/{id}} and
 * {@code /api/v1/reports/versions/{id}} (the engine decides who may read them).
 */
package se.vaksam.report;
