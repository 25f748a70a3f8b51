package se.vaksam.report;

import java.util.List;

import se.vaksam.document.Block;
import se.vaksam.document.Doc;
import se.vaksam.selfassessment.SelfAssessmentQuery;

/**
 * The annual report's chapter "Självskattning utifrån kommungemensamma kriterier för utvärdering av intern
 * kontroll": the committee's summary, then per area a table Kriterium | Bedömning as in the committee's documents
 * (reference/000), with the motivations given, if any, after the area's table.
 */
final class SelfAssessmentChapter {

    static final String TITLE =
            "Självskattning utifrån kommungemensamma kriterier för utvärdering av intern kontroll";
    private static final String NOT_RATED = "Ej bedömd";

    private SelfAssessmentChapter() {
    }

    static void add(Doc.Builder doc, SelfAssessmentQuery.Assessment assessment) {
        doc.heading(1, TITLE);
        if (assessment == null) {
            doc.paragraph("Nämndens självskattning för året är inte påbörjad.");
            return;
        }
        doc.text(assessment.summary());
        for (SelfAssessmentQuery.Area area : assessment.areas()) {
            doc.heading(2, area.name());
            doc.add(new Block.Table(area.name(), List.of(Block.Column.text("Kriterium"),
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
