package se.vaksam.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.vaksam.document.Block;
import se.vaksam.document.Doc;
import se.vaksam.selfassessment.SelfAssessmentQuery;

/**
 * The annual report's chapter "Självskattning utifrån kommungemensamma kriterier för utvärdering av intern
 * kontroll" in reference/000's structure: the introduction (kommunstyrelsen's decision, a standard text) with the
 * areas as a bulleted list, the sub-heading "Självskattning" before the committee's summary, then per area its
 * heading, the committee's narrative for the area (if written) and a table Kriterium | Bedömning (without a
 * caption: the heading names it) — Kriterium | Bedömning last year | Bedömning this year when the committee shows
 * last year's rating beside this year's — with the motivations given, if any, after the area's table.
 */
final class SelfAssessmentChapter {

    static final String TITLE =
            "Självskattning utifrån kommungemensamma kriterier för utvärdering av intern kontroll";
    static final String SUMMARY_HEADING = "Självskattning";
    private static final String NOT_RATED = "Ej bedömd";

    private SelfAssessmentChapter() {
    }

    /**
     * The chapter; {@code introduction} adds the standard text that the list of areas follows; {@code lastYear}
     * (or null) is the self-assessment whose ratings stand beside this year's; {@code narratives} by area name.
     */
    static void add(Doc.Builder doc, SelfAssessmentQuery.Assessment assessment,
            SelfAssessmentQuery.Assessment lastYear, Map<String, String> narratives, Runnable introduction) {
        doc.heading(1, TITLE);
        if (assessment == null) {
            doc.paragraph("Nämndens självskattning för året är inte påbörjad.");
            return;
        }
        introduction.run();
        doc.add(Block.BulletList.of(assessment.areas().stream().map(SelfAssessmentQuery.Area::name).toList()));
        doc.heading(2, SUMMARY_HEADING);
        if (ItemChapters.blank(assessment.summary())) {
            doc.add(Block.Paragraph.of(Block.Run.italic("Sammanfattningen är ännu inte skriven.")));
        } else {
            doc.text(assessment.summary());
        }
        Map<String, String> lastRatings = new HashMap<>();
        if (lastYear != null) {
            lastYear.rows().forEach(r -> lastRatings.put(r.criterionCode(), r.rating()));
        }
        for (SelfAssessmentQuery.Area area : assessment.areas()) {
            doc.heading(2, area.name());
            String narrative = narratives == null ? null : narratives.get(area.name());
            if (!ItemChapters.blank(narrative)) {
                doc.text(narrative);
            }
            doc.add(lastYear == null ? table(area) : table(area, lastRatings, lastYear.year(), assessment.year()));
            for (SelfAssessmentQuery.Row row : area.rows()) {
                if (!ItemChapters.blank(row.motivation())) {
                    doc.add(Block.Paragraph.of(Block.Run.bold(row.criterion() + ": "),
                            Block.Run.plain(row.motivation().strip())));
                }
            }
        }
    }

    private static Block.Table table(SelfAssessmentQuery.Area area) {
        return new Block.Table(null, List.of(Block.Column.text("Kriterium"), Block.Column.text("Bedömning")),
                area.rows().stream().map(r -> List.of(r.criterion(), rating(r.rating()))).toList());
    }

    /** Kriterium | Bedömning <last year> | Bedömning <year>; a criterion new this year shows "–" for last year. */
    private static Block.Table table(SelfAssessmentQuery.Area area, Map<String, String> lastRatings, int lastYear,
            int year) {
        return new Block.Table(null, List.of(Block.Column.text("Kriterium"),
                Block.Column.text("Bedömning " + lastYear), Block.Column.text("Bedömning " + year)),
                area.rows().stream().map(r -> List.of(r.criterion(), lastRatings.containsKey(r.criterionCode())
                        ? rating(lastRatings.get(r.criterionCode())) : "–", rating(r.rating()))).toList());
    }

    private static String rating(String rating) {
        return rating == null ? NOT_RATED : rating;
    }
}
