package se.vaksam.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.vaksam.document.Block;
import se.vaksam.document.Doc;
import se.vaksam.plan.ItemKind;
import se.vaksam.plan.PlanQuery;
import se.vaksam.plan.ResultTable;
import se.vaksam.shared.Period;

/**
 * The item chapters of a report (Direktåtgärder, Nämndens granskningar, Kommungemensamma granskningar): each item
 * under "Risk: …" with its risk sentence, then "Åtgärd: …" with Vad ska göras / Genomförda åtgärder, or
 * "Granskning: …" with every filled section; result tables in Swedish number notation, each where the text names
 * it (see {@link #textWithTables}).
 */
final class ItemChapters {

    static final String DESCRIPTION = "Beskrivning av risk";
    static final String WHAT_TO_DO = "Vad ska göras:";
    static final String ACTIONS_TAKEN = "Genomförda åtgärder";
    private static final int SUB_HEADING_LENGTH = 80;

    private ItemChapters() {
    }

    static void chapter(Doc.Builder doc, String chapter, List<PlanQuery.ItemView> items) {
        if (items.isEmpty()) {
            return;
        }
        doc.heading(1, chapter);
        String lastRisk = null;
        for (PlanQuery.ItemView item : items) {
            boolean withRisk = item.riskTitle() != null;
            if (withRisk && !item.riskTitle().equals(lastRisk)) {
                risk(doc, item);
            }
            lastRisk = withRisk ? item.riskTitle() : null;
            int level = withRisk ? 3 : 2;
            if (item.kind() == ItemKind.DIRECT_ACTION) {
                action(doc, item, level);
            } else {
                review(doc, item, level);
            }
        }
    }

    /** "Risk: <title>" (level 2) and, when there is one, the risk sentence under Beskrivning av risk. */
    static void risk(Doc.Builder doc, PlanQuery.ItemView item) {
        doc.heading(2, prefixed("Risk: ", item.riskTitle()));
        if (item.riskSentence() != null) {
            doc.add(Block.Heading.unlisted(3, DESCRIPTION));
            doc.paragraph(item.riskSentence());
        }
    }

    private static void action(Doc.Builder doc, PlanQuery.ItemView item, int level) {
        doc.heading(level, prefixed("Åtgärd: ", item.title()));
        section(doc, level + 1, WHAT_TO_DO, item.whatToDo());
        doc.add(Block.Heading.unlisted(level + 1, ACTIONS_TAKEN));
        if (blank(item.actionsTaken())) {
            doc.add(Block.Paragraph.of(Block.Run.italic("Ännu inte rapporterad.")));
        } else {
            textWithTables(doc, item.actionsTaken(), item.tables());
        }
        if (blank(item.actionsTaken()) && !item.tables().isEmpty()) {
            item.tables().forEach(t -> doc.add(table(t)));
        }
        String finalReport = finalReport(item);
        String status = status(item);
        if (finalReport != null) {
            if (blank(item.actionsTaken()) || !item.actionsTaken().toLowerCase().contains("slutrapporteras")) {
                doc.paragraph(finalReport);
            }
        } else if (status != null) {
            doc.add(Block.Paragraph.of(Block.Run.bold("Status: "), Block.Run.plain(status)));
        }
    }

    static void review(Doc.Builder doc, PlanQuery.ItemView item, int level) {
        doc.heading(level, prefixed("Granskning: ", item.title()));
        int sub = level + 1;
        section(doc, sub, "Områden och tillhörande rutiner som ska granskas:", item.areas());
        section(doc, sub, "Syfte med granskningen:", item.purpose());
        section(doc, sub, "Omfattning/avgränsning:", item.scope());
        section(doc, sub, "Granskningsmetod:", item.method());
        if (!item.reported() && blank(item.result())) {
            doc.add(Block.Heading.unlisted(sub, "Resultat"));
            doc.add(Block.Paragraph.of(Block.Run.italic("Ännu inte rapporterad.")));
            return;
        }
        if (!blank(item.result()) || !item.tables().isEmpty()) {
            doc.add(Block.Heading.unlisted(sub, "Resultat"));
            textWithTables(doc, item.result(), item.tables());
        }
        section(doc, sub, "Orsak till bristande följsamhet", item.cause());
        section(doc, sub, "Analys", item.analysis());
        section(doc, sub, "Sammanfattning", item.conclusion());
        section(doc, sub, "Har granskningen lett till åtgärder?", item.ledToActions());
    }

    private static void section(Doc.Builder doc, int level, String label, String text) {
        if (!blank(text)) {
            doc.add(Block.Heading.unlisted(level, label));
            doc.text(text);
        }
    }

    /**
     * The typed text with the item's result tables. As in the committee's documents (reference/003: "Diarieförda
     * loggkontroller"), a table whose caption is a sub-heading of the text stands at the end of that sub-section,
     * before the next sub-heading; other tables follow the text.
     */
    static void textWithTables(Doc.Builder doc, String text, List<ResultTable> tables) {
        if (blank(text)) {
            tables.forEach(t -> doc.add(table(t)));
            return;
        }
        List<String> paragraphs = List.of(text.strip().split("\\R\\s*\\R"));
        List<ResultTable> rest = new ArrayList<>(tables);
        int from = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            List<ResultTable> here = new ArrayList<>();
            for (ResultTable table : rest) {
                if (endOfSubSection(paragraphs, table.caption()) == i) {
                    here.add(table);
                }
            }
            if (!here.isEmpty()) {
                doc.text(String.join("\n\n", paragraphs.subList(from, i + 1)));
                here.forEach(t -> doc.add(table(t)));
                rest.removeAll(here);
                from = i + 1;
            }
        }
        if (from < paragraphs.size()) {
            doc.text(String.join("\n\n", paragraphs.subList(from, paragraphs.size())));
        }
        rest.forEach(t -> doc.add(table(t)));
    }

    /** The last paragraph of the sub-section the caption heads, or -1 when no paragraph is the caption. */
    private static int endOfSubSection(List<String> paragraphs, String caption) {
        int start = paragraphs.stream().map(String::strip).toList().indexOf(caption == null ? "" : caption.strip());
        if (start < 0) {
            return -1;
        }
        int end = Math.min(start + 1, paragraphs.size() - 1);
        while (end + 1 < paragraphs.size() && !subHeading(paragraphs.get(end + 1))) {
            end++;
        }
        return end;
    }

    /** A paragraph that reads as a sub-heading: one short line that does not end a sentence or start a list. */
    static boolean subHeading(String paragraph) {
        String p = paragraph.strip();
        return !p.isEmpty() && p.length() <= SUB_HEADING_LENGTH && !p.contains("\n") && !p.startsWith("- ")
                && !p.matches(".*[.:;!?,]$");
    }

    /** The "slutrapporteras …" line of an item reported later, in the documents' words; null otherwise. */
    static String finalReport(PlanQuery.ItemView item) {
        if (item.actionStatus() != se.vaksam.plan.ActionStatus.FINAL_REPORT_AT) {
            return null;
        }
        return "Resultatet av direktåtgärden kommer att slutrapporteras i samband med "
                + (item.finalReportPeriod() == Period.ANNUAL
                        ? "årsuppföljningen av internkontrollplan " + item.finalReportYear()
                        : "tertial " + (item.finalReportPeriod() == Period.T1 ? 1 : 2) + " " + item.finalReportYear())
                + ".";
    }

    /** What the committee reads about a direct action's status, or null when there is none to add. */
    static String status(PlanQuery.ItemView item) {
        if (item.actionStatus() == null) {
            return null;
        }
        return switch (item.actionStatus()) {
            case NOT_STARTED -> "Ej påbörjad";
            case IN_PROGRESS -> "Pågår";
            case DONE -> "Genomförd";
            case PARTLY_DONE -> "Delvis genomförd";
            case NOT_DONE -> "Ej genomförd";
            case MOVED_TO_PLAN -> "Flyttas till internkontrollplan " + item.movedToYear();
            case FINAL_REPORT_AT -> null; // said by finalReport(item), as the documents say it
        };
    }

    /** A result table with Swedish number notation ("1 117", "12,5"); years are not grouped. */
    static Block.Table table(ResultTable table) {
        List<Block.Column> columns = table.columns().stream()
                .map(c -> new Block.Column(c.header(), c.numeric())).toList();
        List<List<String>> rows = new ArrayList<>();
        for (List<ResultTable.Cell> row : table.rows()) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                ResultTable.Cell cell = row.get(i);
                boolean year = table.columns().get(i).header().strip().toLowerCase().matches("^år\\b.*|^år$");
                cells.add(cell.number() == null ? cell.display() : number(cell.number(), !year));
            }
            rows.add(cells);
        }
        return new Block.Table(table.caption(), columns, rows);
    }

    static String number(BigDecimal number, boolean group) {
        String plain = number.stripTrailingZeros().toPlainString();
        String sign = plain.startsWith("-") ? "-" : "";
        String digits = sign.isEmpty() ? plain : plain.substring(1);
        int dot = digits.indexOf('.');
        String whole = dot < 0 ? digits : digits.substring(0, dot);
        String fraction = dot < 0 ? "" : "," + digits.substring(dot + 1);
        if (group && whole.length() > 3) {
            StringBuilder grouped = new StringBuilder(whole);
            for (int i = whole.length() - 3; i > 0; i -= 3) {
                grouped.insert(i, '\u00a0');
            }
            whole = grouped.toString();
        }
        return sign + whole + fraction;
    }

    /**
     * "Granskning: " + title, once: a title that already starts with the prefix ("Granskning: Barnrätt", in any
     * case and spacing around the colon) keeps it without a second one; "Granskning av diarieföring" gets it.
     */
    static String prefixed(String prefix, String title) {
        String label = prefix.strip();
        String rest = title == null ? "" : title.strip();
        String head = label.substring(0, label.length() - 1);
        Matcher matcher = Pattern.compile("^" + Pattern.quote(head)
                + "\\s*:\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(rest);
        return prefix + (matcher.find() ? rest.substring(matcher.end()) : rest);
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
