package se.vaksam.report;

import java.time.format.DateTimeFormatter;
import java.util.List;

import se.vaksam.document.Block;
import se.vaksam.document.Doc;
import se.vaksam.plan.PlanQuery;

/**
 * The annual report's "Bilaga 1: Uppföljning förbättringsåtgärder" in reference/000's structure: Inledning (a
 * standard text), then under Förbättringsåtgärder last year's improvement actions carried into this year's
 * follow-up, each risk under "Risk: …" with its Beskrivning av risk, each action under "Åtgärd: …" with where it
 * came from, who is responsible, when it is due, its status, Vad ska göras and what has been done (its dated notes).
 */
final class ImprovementAppendix {

    static final String TITLE = "Bilaga 1: Uppföljning förbättringsåtgärder";
    static final String INTRODUCTION = "Inledning";
    static final String ACTIONS = "Förbättringsåtgärder";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private ImprovementAppendix() {
    }

    /** The appendix; {@code introduction} adds the standard text under its heading. */
    static void add(Doc.Builder doc, List<PlanReportData.CarriedAction> carried, Runnable introduction) {
        doc.pageBreak();
        doc.heading(1, TITLE);
        doc.add(Block.Heading.unlisted(2, INTRODUCTION));
        introduction.run();
        if (carried.isEmpty()) {
            doc.paragraph("Det finns inga förbättringsåtgärder från föregående år att följa upp.");
            return;
        }
        doc.add(Block.Heading.unlisted(2, ACTIONS));
        String lastRisk = null;
        for (PlanReportData.CarriedAction action : carried) {
            PlanQuery.ImprovementView improvement = action.action();
            String risk = action.riskTitle() != null ? action.riskTitle() : improvement.itemTitle();
            if (!risk.equals(lastRisk)) {
                doc.heading(2, ItemChapters.prefixed("Risk: ", risk));
                if (!ItemChapters.blank(action.riskSentence())) {
                    doc.add(Block.Heading.unlisted(3, ItemChapters.DESCRIPTION));
                    doc.paragraph(action.riskSentence());
                }
                lastRisk = risk;
            }
            action(doc, improvement);
        }
    }

    private static void action(Doc.Builder doc, PlanQuery.ImprovementView action) {
        doc.heading(3, ItemChapters.prefixed("Åtgärd: ", action.title()));
        doc.add(new Block.KeyValues(List.of(new Block.Field("Från granskning/åtgärd", action.itemTitle()),
                new Block.Field("Ansvarig", action.ownerName() != null ? action.ownerName() + ", "
                        + action.ownerUnitName() : action.ownerUnitName()),
                new Block.Field("Klart senast", action.dueOn() == null ? "" : action.dueOn().format(DATE)),
                new Block.Field("Status", status(action)))));
        if (!ItemChapters.blank(action.description())) {
            doc.add(Block.Heading.unlisted(4, ItemChapters.WHAT_TO_DO));
            doc.text(action.description());
        }
        if (!action.notes().isEmpty()) {
            doc.add(Block.Heading.unlisted(4, ItemChapters.ACTIONS_TAKEN));
            for (PlanQuery.Note note : action.notes()) {
                doc.add(Block.Paragraph.of(Block.Run.bold(note.notedOn().format(DATE) + ": "),
                        Block.Run.plain(note.text())));
            }
        }
    }

    private static String status(PlanQuery.ImprovementView action) {
        return switch (action.status()) {
            case NOT_STARTED -> "Ej påbörjad";
            case IN_PROGRESS -> "Pågår";
            case DONE -> "Genomförd";
            case CANCELLED -> "Avbruten";
        };
    }
}
