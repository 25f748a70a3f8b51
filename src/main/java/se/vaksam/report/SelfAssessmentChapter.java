package se.vaksam.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.vaksam.document.Block;
import se.vaksam.document.Doc;
import se.vaksam.selfassessment.SelfAssessmentQuery;

/**
 * The annual report's chapter "Självskattning utifrån kommungemensamma kriterier för utvärdering av intern
 * kontroll": the committee's summary, then per area a table Kriterium | Bedömning as in the committee's documents
 * (reference/000), with the motivations given, if any, after the area's table. When the committee assessed itself
 * the year before, a third column shows last year's rating of the same criterion (matched by its code).
 */
final class SelfAssessmentChapter {

    static final String TITLE =
            "Självskattning utifrån kommungemensamma kriterier för utvärdering av intern kontroll";
    private static final String NOT_RATED = "Ej bedömd";

    private SelfAssessmentChapter() {
    }

    static void add(Doc.Builder doc, SelfAssessmentQuery.Assessment assessment,
            SelfAssessmentQuery.Assessment lastYear) {
        doc.heading(1, TITLE);
        if (assessment == null) {
            doc.paragraph("Nämndens självskattning för året är inte påbörjad.");
            return;
        }
        doc.text(assessment.summary());
        Map<String, String> last = new HashMap<>();
        if (lastYear != null) {
            lastYear.rows().forEach(r -> last.put(r.criterionCode(), r.rating() == null ? NOT_RATED : r.rating()));
        }
        List<Block.Column> columns = lastYear == null
                ? List.of(Block.Column.text("Kriterium"), Block.Column.text("Bedömning"))
                : List.of(Block.Column.text("Kriterium"), Block.Column.text("Bedömning"),
                        Block.Column.text("Bedömning " + lastYear.year()));
        for (SelfAssessmentQuery.Area area : assessment.areas()) {
            doc.heading(2, area.name());
            doc.add(new Block.Table(area.name(), columns, area.rows().stream().map(r -> {
                String rating = r.rating() == null ? NOT_RATED : r.rating();
                return lastYear == null ? List.of(r.criterion(), rating)
                        : List.of(r.criterion(), rating, last.getOrDefault(r.criterionCode(), "–"));
            }).toList()));
            for (SelfAssessmentQuery.Row row : area.rows()) {
                if (!ItemChapters.blank(row.motivation())) {
                    doc.add(Block.Paragraph.of(Block.Run.bold(row.criterion() + ": "),
                            Block.Run.plain(row.motivation().strip())));
                }
            }
        }
    }
}
