package se.vaksam.deviation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.vaksam.deviation.DeviationKind.Group;
import se.vaksam.deviation.DeviationStatistics.Counts;
import se.vaksam.deviation.DeviationStatistics.GroupRow;
import se.vaksam.deviation.DeviationStatistics.LexSarahYear;
import se.vaksam.deviation.QualityRegisters.Register;
import se.vaksam.org.OrgQuery;
import se.vaksam.document.Block;
import se.vaksam.document.Charts;
import se.vaksam.document.Doc;
import se.vaksam.document.DocumentRenderer;
import se.vaksam.document.Format;
import se.vaksam.document.Snapshots;

/**
 * The yearly quality report "Kvalitetsberättelse ÅÅÅÅ" under SOSFS 2011:9 in reference/004's chapter structure,
 * built on module document's model: the administration's narrative chapters ({@link QualityNarratives}, standard
 * texts until written) beside the chapters computed from data — the deviations per kind with three years' counts
 * per operational area (chart and table), lex Sarah figures (reports, investigations with missförhållande, IVO
 * notifications and outcomes), the patterns, the registers' counts — last year's development areas followed up
 * and next year's, and the appendices Bilaga 1 Riskanalyser and Bilaga 2 Egenkontroller as tables per operational
 * area with their introductions and full column headings. Rendered to DOCX, accessible PDF or HTML; a version can be frozen as a snapshot (owner
 * {@code deviation.qualityReport}, id = year).
 */
@Service
@Transactional(readOnly = true)
public class QualityReports {

    static final String OWNER = "deviation.qualityReport";
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private final DeviationStatistics statistics;
    private final QualityRegisters registers;
    private final DeviationPatterns patterns;
    private final QualityNarratives narratives;
    private final DocumentRenderer renderer;
    private final Snapshots snapshots;
    private final OrgQuery org;
    private final MessageSource messages;
    private final Clock clock;

    QualityReports(DeviationStatistics statistics, QualityRegisters registers, DeviationPatterns patterns,
            QualityNarratives narratives, DocumentRenderer renderer, Snapshots snapshots, OrgQuery org, MessageSource messages, Clock clock) {
        this.statistics = statistics;
        this.registers = registers;
        this.patterns = patterns;
        this.narratives = narratives;
        this.renderer = renderer;
        this.snapshots = snapshots;
        this.org = org;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The figures and texts the report is made from (also the snapshot's source data): the administration whose
     * report it is (null when no data names one), its narrative chapters, the development areas of last year's
     * report it follows up (chapter 2) and those it sets for next year (chapter 5).
     */
    public record ReportData(int year, Long unitId, Counts counts, List<QualityRegisters.Entry> riskAnalyses,
            List<QualityRegisters.Entry> selfInspections, List<DeviationPatterns.Pattern> patterns,
            List<QualityNarratives.Chapter> chapters, List<QualityNarratives.DevelopmentArea> followedUp,
            List<QualityNarratives.DevelopmentArea> priorities) {
    }

    public ReportData data(int year) {
        return data(year, null);
    }

    /** The report of the administration {@code unitId}; the one the year's data name when null. */
    public ReportData data(int year, Long unitId) {
        Counts counts = statistics.counts(year);
        List<QualityRegisters.Entry> risks = registers.entries(Register.RISK_ANALYSES, year);
        List<QualityRegisters.Entry> inspections = registers.entries(Register.SELF_INSPECTIONS, year);
        Long unit = unitId != null ? unitId : administration(counts, risks, inspections).orElse(null);
        return new ReportData(year, unit, counts, risks, inspections, patterns.of(year),
                unit == null ? QualityNarratives.defaults() : narratives.chapters(unit, year),
                unit == null ? List.of() : narratives.areas(unit, year - 1),
                unit == null ? List.of() : narratives.areas(unit, year));
    }

    /** The förvaltning above the operational areas with deviations (or register entries) that year. */
    public Optional<Long> administration(int year) {
        return Optional.ofNullable(data(year).unitId());
    }

    private Optional<Long> administration(Counts counts, List<QualityRegisters.Entry> risks,
            List<QualityRegisters.Entry> inspections) {
        return java.util.stream.Stream.concat(counts.areas().stream().map(DeviationStatistics.Area::id),
                        java.util.stream.Stream.concat(risks.stream(), inspections.stream())
                                .map(QualityRegisters.Entry::areaUnitId))
                .filter(java.util.Objects::nonNull).findFirst().flatMap(patterns::administrationAbove);
    }

    public byte[] render(int year, Format format) {
        return render(year, format, null);
    }

    /** The report dated {@code date} ("Datum" on the title page; today when null). */
    public byte[] render(int year, Format format, LocalDate date) {
        return render(year, null, format, date);
    }

    /** The report of the administration {@code unitId} (the one the data name when null). */
    public byte[] render(int year, Long unitId, Format format, LocalDate date) {
        return renderer.render(document(data(year, unitId), date), format);
    }

    /** Freezes the rendered report as the next version for the year, owned by the unit (e.g. the förvaltning). */
    @Transactional
    public Snapshots.Snapshot freeze(int year, Format format, long owningUnitId, String diaryNumber) {
        return freeze(year, format, owningUnitId, diaryNumber, null);
    }

    /** Freezes the report dated {@code date} (today when null). */
    @Transactional
    public Snapshots.Snapshot freeze(int year, Format format, long owningUnitId, String diaryNumber, LocalDate date) {
        ReportData data = data(year, isAdministration(owningUnitId) ? owningUnitId : null);
        return snapshots.freeze(new Snapshots.NewSnapshot(OWNER, year, owningUnitId, "kvalitetsberattelse",
                title(year), format, renderer.render(document(data, date), format), json(data), diaryNumber));
    }

    private boolean isAdministration(long unitId) {
        return org.unit(unitId).map(u -> u.type() == se.vaksam.org.OrgUnitType.ADMINISTRATION).orElse(false);
    }

    public List<Snapshots.Snapshot> versions(int year) {
        return snapshots.of(OWNER, year);
    }

    public static String title(int year) {
        return "Kvalitetsberättelse " + year;
    }

    Doc document(ReportData data) {
        return document(data, null);
    }

    /**
     * The document in reference/004's structure: 1 Sammanfattning; 2 the follow-up of last year's development
     * areas (one section each) and the user survey, Öppna jämförelser and the management system; 3 processes and
     * routines with 3.1; 4 the systematic improvement work: 4.1 deviations as 4.1.1–4.1.5, 4.2 Riskanalys and
     * 4.3 Egenkontroll from the registers; 5 next year's development areas; Bilaga 1 and 2. {@code date} is its
     * "Datum" (today when null), the data are always read today.
     */
    Doc document(ReportData data, LocalDate date) {
        int year = data.year();
        Counts c = data.counts();
        Map<QualityChapter, QualityNarratives.Chapter> chapters = new java.util.EnumMap<>(QualityChapter.class);
        data.chapters().forEach(ch -> chapters.put(ch.code(), ch));
        Chapters out = new Chapters(Doc.builder(Doc.Meta.swedish(title(year), "Arbetsmarknads- och socialförvaltningen"))
                .titlePage(new Doc.TitlePage(title(year), "Systematiskt kvalitetsarbete enligt SOSFS 2011:9",
                        List.of(new Block.Field("Datum", (date == null ? LocalDate.now(clock) : date).toString()))))
                .tableOfContents("Innehåll"), chapters, year);
        Doc.Builder doc = out.doc;

        out.chapter("1.", QualityChapter.SUMMARY);
        doc.paragraph("Förvaltningen tog " + year + " emot " + c.count(Group.EXTERNAL, year) + " (" + (year - 1) + ": "
                + c.count(Group.EXTERNAL, year - 1) + ") klagomål och synpunkter från utomstående och "
                + c.count(Group.STAFF, year) + " (" + c.count(Group.STAFF, year - 1) + ") från personal. "
                + c.count(Group.QUALITY, year) + " (" + c.count(Group.QUALITY, year - 1) + ") kvalitetsavvikelser och "
                + c.count(Group.LEX_SARAH, year) + " (" + c.count(Group.LEX_SARAH, year - 1)
                + ") rapporter enligt lex Sarah rapporterades.");

        if (data.followedUp().isEmpty()) {
            out.heading(1, "2.", QualityChapter.FOLLOW_UP);
            doc.paragraph("I Kvalitetsberättelse " + (year - 1) + " registrerades inga prioriterade utvecklingsområden "
                    + "att följa upp i år.");
        } else {
            out.chapter("2.", QualityChapter.FOLLOW_UP);
        }
        int section = 1;
        for (QualityNarratives.DevelopmentArea area : data.followedUp()) {
            doc.heading(2, "2." + section++ + " " + area.title());
            doc.add(Block.Paragraph.of(Block.Run.bold("Status: "), Block.Run.plain(area.status() == null
                    ? "Inte uppföljt" : area.status().swedish())));
            doc.text(area.followUp() == null ? area.description() : area.followUp());
        }
        for (QualityChapter chapter : List.of(QualityChapter.USER_SURVEY, QualityChapter.OPEN_COMPARISONS,
                QualityChapter.MANAGEMENT_SYSTEM)) {
            out.chapter("2." + section++, chapter);
        }

        out.chapter("3.", QualityChapter.PROCESSES);
        out.chapter("3.1", QualityChapter.CORE_PROCESSES);

        out.chapter("4.", QualityChapter.IMPROVEMENT_WORK);
        out.chapter("4.1", QualityChapter.DEVIATIONS);
        out.chapter("4.1.1", QualityChapter.EXTERNAL);
        doc.paragraph("Förvaltningen tog " + year + " emot " + c.count(Group.EXTERNAL, year) + " (" + (year - 1) + ": "
                + c.count(Group.EXTERNAL, year - 1) + ") klagomål och synpunkter från brukare, närstående och andra.");
        perArea(doc, c, Group.EXTERNAL);
        out.chapter("4.1.2", QualityChapter.STAFF);
        doc.paragraph("Under " + year + " rapporterades " + c.count(Group.STAFF, year) + " klagomål och synpunkter "
                + "från personal i förvaltningen, under " + (year - 1) + " var antalet " + c.count(Group.STAFF, year - 1)
                + ".");
        perArea(doc, c, Group.STAFF);
        doc.paragraph("Antalet kvalitetsavvikelser som rapporterades " + year + " var " + c.count(Group.QUALITY, year)
                + " (" + (year - 1) + ": " + c.count(Group.QUALITY, year - 1) + ").");
        perArea(doc, c, Group.QUALITY);
        out.chapter("4.1.3", QualityChapter.LEX_SARAH);
        LexSarahYear lex = c.lexSarahOf(year);
        doc.paragraph("Under " + year + " gjordes " + lex.reports() + " rapporter om missförhållanden och påtagliga "
                + "risker för missförhållanden (" + (year - 1) + ": " + c.lexSarahOf(year - 1).reports() + ").");
        perArea(doc, c, Group.LEX_SARAH);
        doc.paragraph("Arbetsutskottet har behandlat " + lex.found() + " lex Sarah-utredningar där förvaltningen har bedömt "
                + "att missförhållande eller påtaglig risk för missförhållande förelegat. " + lex.notified()
                + " ärenden anmäldes till IVO, varav " + lex.notifiedByChair() + " på beslut av ordföranden. "
                + "IVO har avslutat " + lex.ivoClosed() + " och väntar på nämndens utredning i " + lex.ivoAwaiting() + ".");
        List<List<String>> lexRows = c.lexSarah().stream().map(l -> List.of(String.valueOf(l.year()),
                String.valueOf(l.reports()), String.valueOf(l.found()), String.valueOf(l.notified()),
                String.valueOf(l.ivoClosed()), String.valueOf(l.ivoAwaiting()))).toList();
        doc.add(new Block.Table("Lex Sarah per år", List.of(Block.Column.text("År"), Block.Column.number("Rapporter"),
                Block.Column.number("Utredningar med missförhållande"), Block.Column.number("Anmälda till IVO"),
                Block.Column.number("IVO har avslutat"), Block.Column.number("IVO väntar")), lexRows));
        out.chapter("4.1.4", QualityChapter.PATTERNS);
        Map<Long, DeviationPatterns.Pattern> notes = new LinkedHashMap<>();
        data.patterns().forEach(p -> notes.put(p.categoryId(), p));
        List<String> recurring = c.categories().stream().filter(DeviationStatistics.CategoryRow::recurring)
                .map(r -> r.category().name() + (notes.containsKey(r.category().id())
                        && notes.get(r.category().id()).annotation() != null
                        ? ": " + notes.get(r.category().id()).annotation() : "")).toList();
        if (recurring.isEmpty()) {
            doc.paragraph("Inga områden återkommer i alla verksamhetsområden under året.");
        } else {
            doc.paragraph("Följande områden återkommer i avvikelser inom alla verksamhetsområden:");
            doc.add(Block.BulletList.of(recurring));
        }
        out.chapter("4.1.5", QualityChapter.DEVELOPMENT_WORK);
        out.chapter("4.2", QualityChapter.RISK_ANALYSIS);
        doc.paragraph(registered(data.riskAnalyses(), year, "riskanalys", "riskanalyser", "Bilaga 1"));
        out.chapter("4.3", QualityChapter.SELF_INSPECTION);
        doc.paragraph(registered(data.selfInspections(), year, "egenkontroll", "egenkontroller", "Bilaga 2"));

        if (data.priorities().isEmpty()) {
            out.heading(1, "5.", QualityChapter.PRIORITY);
            doc.paragraph("Inga prioriterade utvecklingsområden har registrerats för " + (year + 1) + ".");
        } else {
            out.chapter("5.", QualityChapter.PRIORITY);
            for (QualityNarratives.DevelopmentArea area : data.priorities()) {
                doc.add(Block.Paragraph.of(Block.Run.bold(area.title())));
                doc.text(area.description());
            }
        }

        appendix(doc, "Bilaga 1. Riskanalyser", "riskanalyser", "riskanalys", "riskanalysen", year,
                data.riskAnalyses(), false);
        appendix(doc, "Bilaga 2. Egenkontroller", "egenkontroller", "egenkontroll", "egenkontrollen", year,
                data.selfInspections(), true);
        return doc.build();
    }

    /** Numbered chapters with the administration's heading and text (or the standard ones). */
    private static final class Chapters {

        final Doc.Builder doc;
        final Map<QualityChapter, QualityNarratives.Chapter> written;
        final int year;

        Chapters(Doc.Builder doc, Map<QualityChapter, QualityNarratives.Chapter> written, int year) {
            this.doc = doc;
            this.written = written;
            this.year = year;
        }

        void chapter(String number, QualityChapter chapter) {
            heading(number.endsWith(".") ? 1 : number.length() - number.replace(".", "").length() + 1, number, chapter);
            doc.text(QualityChapter.fill(of(chapter).body(), year));
        }

        void heading(int level, String number, QualityChapter chapter) {
            doc.heading(level, number + " " + QualityChapter.fill(of(chapter).heading(), year));
        }

        private QualityNarratives.Chapter of(QualityChapter chapter) {
            return written.getOrDefault(chapter, new QualityNarratives.Chapter(chapter, null, chapter.defaultHeading(),
                    chapter.defaultBody(), false, 0));
        }
    }

    /** A group's counts per operational area over three years, as a chart and the same figures as a table. */
    private void perArea(Doc.Builder doc, Counts c, Group group) {
        int year = c.years().get(c.years().size() - 1);
        GroupRow g = c.groups().stream().filter(r -> r.group() == group).findFirst().orElse(null);
        if (g == null) {
            return;
        }
        String name = text("deviation.group." + g.group());
        List<String> areas = g.perArea().stream().map(a -> a.area().name() == null ? text("deviation.area.none")
                : a.area().name()).toList();
        List<Charts.Series> series = new ArrayList<>();
        for (int i = 0; i < c.years().size(); i++) {
            int index = i;
            series.add(new Charts.Series(String.valueOf(c.years().get(i)), null,
                    g.perArea().stream().map(a -> a.perYear().get(index).intValue()).toList()));
        }
        doc.add(Charts.bars(name + " per verksamhetsområde " + c.years().get(0) + "–" + year
                + ". Uppgifterna är hämtade ur Vaksam den " + LocalDate.now(clock) + ". Samma siffror finns i tabellen "
                + "nedan.", areas, series));
        List<Block.Column> columns = new ArrayList<>(List.of(Block.Column.text("Verksamhetsområde")));
        c.years().forEach(y -> columns.add(Block.Column.number(String.valueOf(y))));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < g.perArea().size(); i++) {
            List<String> row = new ArrayList<>(List.of(areas.get(i)));
            g.perArea().get(i).perYear().forEach(n -> row.add(String.valueOf(n)));
            rows.add(row);
        }
        List<String> total = new ArrayList<>(List.of("Totalt"));
        g.perYear().forEach(n -> total.add(String.valueOf(n)));
        rows.add(total);
        doc.add(new Block.Table(name + " per verksamhetsområde och år", columns, rows));
    }

    /** "Under 2022 genomfördes 9 riskanalyser inom 3 verksamhetsområden. De presenteras i Bilaga 1." */
    private static String registered(List<QualityRegisters.Entry> entries, int year, String one, String many,
            String appendix) {
        if (entries.isEmpty()) {
            return "Under " + year + " registrerades ingen " + one + " enligt SOSFS 2011:9.";
        }
        long areas = entries.stream().map(QualityRegisters.Entry::areaUnitId).distinct().count();
        return "Under " + year + " genomfördes " + entries.size() + " " + (entries.size() == 1 ? one : many)
                + " inom " + areas + (areas == 1 ? " verksamhetsområde" : " verksamhetsområden")
                + ". Genomförda " + many + " presenteras i " + appendix + ".";
    }

    /**
     * An appendix as in reference/004: its introductory sentence, then a table per operational area with the
     * reference's full column headings.
     */
    private void appendix(Doc.Builder doc, String heading, String many, String one, String definite, int year,
            List<QualityRegisters.Entry> entries, boolean result) {
        doc.pageBreak();
        doc.heading(1, heading);
        if (entries.isEmpty()) {
            doc.paragraph("Inga " + many + " är registrerade för " + year + ".");
            return;
        }
        doc.paragraph("I tabellen nedan redovisas genomförda " + many + " " + year + ". För respektive " + one
                + " framgår det inom vilket verksamhetsområde som den har genomförts.");
        Map<Long, List<QualityRegisters.Entry>> byArea = new LinkedHashMap<>();
        entries.forEach(e -> byArea.computeIfAbsent(e.areaUnitId() == null ? -1L : e.areaUnitId(), a -> new ArrayList<>()).add(e));
        for (var area : byArea.entrySet()) {
            String name = area.getKey() < 0 ? text("deviation.area.none")
                    : org.unit(area.getKey()).map(OrgQuery.UnitView::name).orElse("–");
            List<Block.Column> columns = new ArrayList<>(List.of(Block.Column.text("Genomförd " + one),
                    Block.Column.text("Verksamhet där den genomfördes")));
            if (result) {
                columns.add(Block.Column.text("Resultat av " + definite));
            }
            columns.add(Block.Column.text("Förbättrande åtgärder som vidtagits utifrån " + definite));
            columns.add(Block.Column.text("Processer och rutiner som förbättrats utifrån " + definite));
            List<List<String>> rows = area.getValue().stream().map(e -> {
                List<String> row = new ArrayList<>(List.of(e.title(), e.place()));
                if (result) {
                    row.add(e.result());
                }
                row.add(e.improvementActions() == null ? "" : e.improvementActions());
                row.add(e.processesImproved() == null ? "" : e.processesImproved());
                return row;
            }).toList();
            doc.add(new Block.Table("Verksamhetsområde " + name, columns, rows));
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, SWEDISH);
    }

    private static String json(ReportData data) {
        StringBuilder out = new StringBuilder("{\"year\":").append(data.year()).append(",\"groups\":{");
        data.counts().groups().forEach(g -> out.append('"').append(g.group()).append("\":").append(g.perYear()).append(','));
        out.setLength(out.length() - 1);
        LexSarahYear lex = data.counts().lexSarahOf(data.year());
        out.append("},\"lexSarah\":{\"reports\":").append(lex.reports()).append(",\"found\":").append(lex.found())
                .append(",\"notified\":").append(lex.notified()).append("},\"riskAnalyses\":")
                .append(data.riskAnalyses().size()).append(",\"selfInspections\":").append(data.selfInspections().size())
                .append('}');
        return out.toString();
    }
}
