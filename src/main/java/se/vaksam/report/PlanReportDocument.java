package se.vaksam.report;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.vaksam.plan.ItemKind;
import se.vaksam.plan.PlanQuery;
import se.vaksam.plan.ResultTable;
import se.vaksam.plan.ReviewKind;
import se.vaksam.selfassessment.SelfAssessmentQuery;
import se.vaksam.shared.Period;

/**
 * The internal-control report as a {@link Doc}, from its data alone, in the structure of the committee's
 * documents: title page, Innehållsförteckning, Inledning, Ansvar, (annual: Kommungemensamma granskningsområden,
 * Självskattning, Översikt), Direktåtgärder, Nämndens granskningar, Kommungemensamma granskningar, (annual: the
 * self-assessment chapter and Bilaga 1 Uppföljning förbättringsåtgärder). Each item stands under
 * "Risk: …" with its risk sentence, then "Åtgärd: …" or "Granskning: …" with its sections and tables.
 */
final class PlanReportDocument {

    static final String TOC = "Innehållsförteckning";
    static final String DESCRIPTION = "Beskrivning av risk";
    static final String WHAT_TO_DO = "Vad ska göras:";
    static final String ACTIONS_TAKEN = "Genomförda åtgärder";
    static final String SELF_ASSESSMENT_CHAPTER =
            "Självskattning utifrån kommungemensamma kriterier för utvärdering av intern kontroll";
    static final String APPENDIX = "Bilaga 1: Uppföljning förbättringsåtgärder";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private PlanReportDocument() {
    }

    static Doc build(PlanReportData data) {
        PlanQuery.PlanView plan = data.plan();
        String title = data.title();
        Doc.Builder doc = Doc.builder(new Doc.Meta(title, "sv-SE", plan.committeeName(),
                title + ", " + plan.committeeName()));
        List<Block.Field> fields = new ArrayList<>();
        fields.add(new Block.Field("Datum", data.date().format(DATE)));
        if (data.diaryNumber() != null && !data.diaryNumber().isBlank()) {
            fields.add(new Block.Field("Diarienummer", data.diaryNumber()));
        }
        doc.titlePage(new Doc.TitlePage(title, plan.committeeName(), fields));
        doc.tableOfContents(TOC);
        Map<String, String> values = placeholders(data);
        doc.heading(1, "Inledning");
        texts(doc, data, "INTRODUCTION", values);
        texts(doc, data, data.kind().annual() ? "INTRODUCTION_ANNUAL" : "INTRODUCTION_TERTIAL", values);
        doc.heading(2, "Ansvar");
        texts(doc, data, "RESPONSIBILITY", values);
        if (data.kind().annual()) {
            doc.heading(1, "Kommungemensamma granskningsområden");
            texts(doc, data, "COMMON_REVIEW_AREAS", values);
            if (data.commonReviewAreas().isEmpty()) {
                doc.paragraph("Kommunstyrelsen har inte registrerat några kommungemensamma granskningsområden för "
                        + plan.year() + ".");
            } else {
                doc.add(Block.BulletList.of(data.commonReviewAreas()));
            }
            doc.heading(1, "Självskattning");
            texts(doc, data, "SELF_ASSESSMENT", values);
            overview(doc, data);
        }
        items(doc, "Direktåtgärder", data.items().stream().filter(i -> i.kind() == ItemKind.DIRECT_ACTION).toList());
        items(doc, "Nämndens granskningar", data.items().stream()
                .filter(i -> i.kind() == ItemKind.REVIEW && i.reviewKind() != ReviewKind.KOMMUNGEMENSAM).toList());
        items(doc, "Kommungemensamma granskningar", data.items().stream()
                .filter(i -> i.kind() == ItemKind.REVIEW && i.reviewKind() == ReviewKind.KOMMUNGEMENSAM).toList());
        if (data.kind().annual()) {
            selfAssessment(doc, data.selfAssessment());
            appendix(doc, data, values);
        }
        return doc.build();
    }

    private static Map<String, String> placeholders(PlanReportData data) {
        PlanQuery.PlanView plan = data.plan();
        Map<String, String> values = new HashMap<>();
        values.put("Nämnden", plan.committeeName());
        values.put("nämnden", inSentence(plan.committeeName()));
        values.put("förvaltningen", data.administrationName() == null ? "förvaltningen"
                : inSentence(data.administrationName()));
        values.put("år", String.valueOf(plan.year()));
        values.put("nästaÅr", String.valueOf(plan.year() + 1));
        values.put("förraÅret", String.valueOf(plan.year() - 1));
        values.put("tertial", String.valueOf(data.kind().tertial()));
        values.put("reglemente", data.regulation());
        values.put("riktlinje", data.guideline());
        return values;
    }

    /** "Arbetsmarknads- och socialnämnden" as it reads inside a sentence. */
    static String inSentence(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        boolean acronym = name.length() > 1 && Character.isUpperCase(name.charAt(1));
        return acronym ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static void texts(Doc.Builder doc, PlanReportData data, String code, Map<String, String> values) {
        ReportTexts.fill(data.texts().get(code), values).forEach(doc::add);
    }

    private static void overview(Doc.Builder doc, PlanReportData data) {
        doc.heading(1, "Översikt");
        List<String> periods = List.of("Tertial 1", "Tertial 2", "Årsuppföljning");
        List<Integer> reported = new ArrayList<>();
        List<Integer> open = new ArrayList<>();
        for (Period period : Period.values()) {
            List<PlanQuery.ItemView> of = data.items().stream().filter(i -> i.period() == period).toList();
            reported.add((int) of.stream().filter(PlanQuery.ItemView::reported).count());
            open.add((int) of.stream().filter(i -> !i.reported()).count());
        }
        doc.add(Charts.bars("Antal direktåtgärder och granskningar per uppföljningsperiod: rapporterade "
                + reported.get(0) + ", " + reported.get(1) + " och " + reported.get(2) + "; ej rapporterade "
                + open.get(0) + ", " + open.get(1) + " och " + open.get(2)
                + " (tertial 1, tertial 2 respektive årsuppföljningen).", periods,
                List.of(new Charts.Series("Rapporterade", "#00703c", reported),
                        new Charts.Series("Ej rapporterade", "#f47738", open))));
        PlanReportData.Grid grid = data.heatMap();
        if (grid != null) {
            List<List<Charts.Cell>> cells = grid.cells().stream().map(row -> row.stream()
                    .map(c -> new Charts.Cell(c.count() == 0 ? "" : String.valueOf(c.count()), c.fill(),
                            c.textColour())).toList()).toList();
            StringBuilder alt = new StringBuilder("Riskmatris (" + grid.matrixName() + ") med planens "
                    + grid.total() + " bedömda risker:");
            for (int r = 0; r < grid.rows().size(); r++) {
                for (int c = 0; c < grid.columns().size(); c++) {
                    int count = grid.cells().get(r).get(c).count();
                    if (count > 0) {
                        alt.append(" ").append(count).append(" med sannolikhet ").append(grid.rows().get(r))
                                .append(" och konsekvens ").append(grid.columns().get(c)).append(";");
                    }
                }
            }
            doc.add(Charts.heatMap(alt.substring(0, alt.length() - (alt.charAt(alt.length() - 1) == ';' ? 1 : 0))
                    + ".", "Sannolikhet", "Konsekvens", grid.rows(), grid.columns(), cells));
        }
    }

    private static void items(Doc.Builder doc, String chapter, List<PlanQuery.ItemView> items) {
        if (items.isEmpty()) {
            return;
        }
        doc.heading(1, chapter);
        String lastRisk = null;
        for (PlanQuery.ItemView item : items) {
            boolean withRisk = item.riskTitle() != null;
            if (withRisk && !item.riskTitle().equals(lastRisk)) {
                doc.heading(2, "Risk: " + item.riskTitle());
                if (item.riskSentence() != null) {
                    doc.add(Block.Heading.unlisted(3, DESCRIPTION));
                    doc.paragraph(item.riskSentence());
                }
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

    private static void action(Doc.Builder doc, PlanQuery.ItemView item, int level) {
        doc.heading(level, "Åtgärd: " + item.title());
        section(doc, level + 1, WHAT_TO_DO, item.whatToDo());
        doc.add(Block.Heading.unlisted(level + 1, ACTIONS_TAKEN));
        if (item.actionsTaken() == null || item.actionsTaken().isBlank()) {
            doc.add(Block.Paragraph.of(Block.Run.italic("Ännu inte rapporterad.")));
        } else {
            doc.text(item.actionsTaken());
        }
        item.tables().forEach(t -> doc.add(table(t)));
        String status = status(item);
        if (status != null) {
            doc.add(Block.Paragraph.of(Block.Run.bold("Status: "), Block.Run.plain(status)));
        }
    }

    static void review(Doc.Builder doc, PlanQuery.ItemView item, int level) {
        doc.heading(level, "Granskning: " + item.title());
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
            doc.text(item.result());
            item.tables().forEach(t -> doc.add(table(t)));
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

    /** What the committee reads about a direct action's status, or null when the text says it all. */
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
            case FINAL_REPORT_AT -> "Slutrapporteras " + (item.finalReportPeriod() == Period.ANNUAL
                    ? "i samband med årsuppföljningen av internkontrollplan " + item.finalReportYear()
                    : "i samband med tertial " + (item.finalReportPeriod() == Period.T1 ? 1 : 2) + " "
                            + item.finalReportYear());
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

    private static void selfAssessment(Doc.Builder doc, SelfAssessmentQuery.Assessment assessment) {
        doc.heading(1, SELF_ASSESSMENT_CHAPTER);
        if (assessment == null) {
            doc.paragraph("Nämndens självskattning för året är inte påbörjad.");
            return;
        }
        doc.text(assessment.summary());
        for (SelfAssessmentQuery.Area area : assessment.areas()) {
            doc.heading(2, area.name());
            boolean motivations = area.rows().stream().anyMatch(r -> !blank(r.motivation()));
            List<Block.Column> columns = motivations
                    ? List.of(Block.Column.text("Kriterium"), Block.Column.text("Bedömning"),
                            Block.Column.text("Motivering"))
                    : List.of(Block.Column.text("Kriterium"), Block.Column.text("Bedömning"));
            List<List<String>> rows = area.rows().stream().map(r -> motivations
                    ? List.of(r.criterion(), r.rating() == null ? "Ej bedömd" : r.rating(),
                            r.motivation() == null ? "" : r.motivation())
                    : List.of(r.criterion(), r.rating() == null ? "Ej bedömd" : r.rating())).toList();
            doc.add(new Block.Table(area.name(), columns, rows));
        }
    }

    private static void appendix(Doc.Builder doc, PlanReportData data, Map<String, String> values) {
        doc.pageBreak();
        doc.heading(1, APPENDIX);
        texts(doc, data, "IMPROVEMENT_APPENDIX", values);
        if (data.carried().isEmpty()) {
            doc.paragraph("Det finns inga förbättringsåtgärder från föregående år att följa upp.");
            return;
        }
        String lastRisk = null;
        for (PlanReportData.CarriedAction carried : data.carried()) {
            PlanQuery.ImprovementView action = carried.action();
            String risk = carried.riskTitle() != null ? carried.riskTitle() : action.itemTitle();
            if (!risk.equals(lastRisk)) {
                doc.heading(2, "Risk: " + risk);
                lastRisk = risk;
            }
            doc.heading(3, "Åtgärd: " + action.title());
            doc.add(new Block.KeyValues(List.of(new Block.Field("Från granskning/åtgärd", action.itemTitle()),
                    new Block.Field("Ansvarig", action.ownerName() != null ? action.ownerName() + ", "
                            + action.ownerUnitName() : action.ownerUnitName()),
                    new Block.Field("Klart senast", action.dueOn() == null ? "" : action.dueOn().format(DATE)),
                    new Block.Field("Status", improvementStatus(action)))));
            doc.text(action.description());
            if (!action.notes().isEmpty()) {
                doc.add(Block.Heading.unlisted(4, ACTIONS_TAKEN));
                for (PlanQuery.Note note : action.notes()) {
                    doc.add(Block.Paragraph.of(Block.Run.bold(note.notedOn().format(DATE) + ": "),
                            Block.Run.plain(note.text())));
                }
            }
        }
    }

    private static String improvementStatus(PlanQuery.ImprovementView action) {
        return switch (action.status().name()) {
            case "NOT_STARTED" -> "Ej påbörjad";
            case "IN_PROGRESS" -> "Pågår";
            case "DONE" -> "Genomförd";
            case "CANCELLED" -> "Avbruten";
            default -> action.status().name().toLowerCase().replace('_', ' ');
        };
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
