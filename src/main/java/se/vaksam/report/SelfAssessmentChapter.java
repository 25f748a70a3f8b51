package se.vaksam.report;

import java.util.List;

import se.vaksam.document.Block;
import se.vaksam.document.Doc;
import se.vaksam.selfassessment.SelfAssessmentQuery;

/**
 * The annual report's chapter "Självskattning utifrån kommungemensamma kriterier för utvärdering av intern
 * kontroll" in reference/000's structure: the introduction (kommunstyrelsen's decision, a standard text) with the
 * areas as a bulleted list, the sub-heading "Självskattning" before the committee's summary, then per area its
 * heading and a table Kriterium | Bedömning (without a caption: the heading names it), with the motivations given,
 * if any, after the area's table.
 */
final class SelfAssessmentChapter {

    static final String TITLE =
            "Självskattning utifrån kommungemensamma kriterier för utvärdering av intern kontroll";
    static final String SUMMARY_HEADING = "Självskattning";
    private static final String NOT_RATED = "Ej bedömd";

    private SelfAssessmentChapter() {
    }

    /** The chapter; {@code introduction} adds the standard text that the list of areas follows. */
    static void add(Doc.Builder doc, SelfAssessmentQuery.Assessment assessment, Runnable introduction) {
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
        for (SelfAssessmentQuery.Area area : assessment.areas()) {
            doc.heading(2, area.name());
            doc.add(new Block.Table(null, List.of(Block.Column.text("Kriterium"),
                    Block.Column.text("Bedömning")), area.rows().stream()
                            .map(r -> List.of(r.criterion(), r.rating() == null ? NOT_RATED : r.rating())).toList()));
            for (SelfAssessmentQuery.Row row : area.rows()) {
                if (!ItemChapters.blank(row.motivation())) {
                    doc.add(Block.Paragraph.of(Block.Run.bold(row.criterion() + ": "),
                            Block.Run.plain(row.motivation().strip())));
                }
            }
        }
    }
}
