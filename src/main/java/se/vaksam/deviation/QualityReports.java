package se.vaksam.deviation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
 * The yearly quality report "Kvalitetsberättelse ÅÅÅÅ" under SOSFS 2011:9, built on module report's document
 * model: summary, the deviations per kind with three years' counts per operational area (chart and table),
 * lex Sarah figures (reports, investigations with missförhållande, IVO notifications and outcomes), the
 * patterns, and the appendices Bilaga 1 Riskanalyser and Bilaga 2 Egenkontroller as tables per operational
 * area. Rendered to DOCX, accessible PDF or HTML; a version can be frozen as a snapshot (owner
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
    private final DocumentRenderer renderer;
    private final Snapshots snapshots;
    private final OrgQuery org;
    private final MessageSource messages;
    private final Clock clock;

    QualityReports(DeviationStatistics statistics, QualityRegisters registers, DeviationPatterns patterns,
            DocumentRenderer renderer, Snapshots snapshots, OrgQuery org, MessageSource messages, Clock clock) {
        this.statistics = statistics;
        this.registers = registers;
        this.patterns = patterns;
        this.renderer = renderer;
        this.snapshots = snapshots;
        this.org = org;
        this.messages = messages;
        this.clock = clock;
    }

    /** The figures the report is made from (also the snapshot's source data). */
    public record ReportData(int year, Counts counts, List<QualityRegisters.Entry> riskAnalyses,
            List<QualityRegisters.Entry> selfInspections, List<DeviationPatterns.Pattern> patterns) {
    }

    public ReportData data(int year) {
        return new ReportData(year, statistics.counts(year), registers.entries(Register.RISK_ANALYSES, year),
                registers.entries(Register.SELF_INSPECTIONS, year), patterns.of(year));
    }

    public byte[] render(int year, Format format) {
        return render(year, format, null);
    }

    /** The report dated {@code date} ("Datum" on the title page; today when null). */
    public byte[] render(int year, Format format, LocalDate date) {
        return renderer.render(document(data(year), date), format);
    }

    /** Freezes the rendered report as the next version for the year, owned by the unit (e.g. the förvaltning). */
    @Transactional
    public Snapshots.Snapshot freeze(int year, Format format, long owningUnitId, String diaryNumber) {
        return freeze(year, format, owningUnitId, diaryNumber, null);
    }

    /** Freezes the report dated {@code date} (today when null). */
    @Transactional
    public Snapshots.Snapshot freeze(int year, Format format, long owningUnitId, String diaryNumber, LocalDate date) {
        ReportData data = data(year);
        return snapshots.freeze(new Snapshots.NewSnapshot(OWNER, year, owningUnitId, "kvalitetsberattelse",
                title(year), format, renderer.render(document(data, date), format), json(data), diaryNumber));
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

    /** The document; {@code date} is its "Datum" (today when null), the data are always read today. */
    Doc document(ReportData data, LocalDate date) {
        int year = data.year();
        Counts c = data.counts();
        Doc.Builder doc = Doc.builder(Doc.Meta.swedish(title(year), "Arbetsmarknads- och socialförvaltningen"))
                .titlePage(new Doc.TitlePage(title(year), "Systematiskt kvalitetsarbete enligt SOSFS 2011:9",
                        List.of(new Block.Field("Datum", (date == null ? LocalDate.now(clock) : date).toString()))))
                .tableOfContents("Innehåll");
        doc.heading(1, "1. Sammanfattning");
        doc.paragraph("Förvaltningen tog " + year + " emot " + c.count(Group.EXTERNAL, year) + " (" + (year - 1) + ": "
                + c.count(Group.EXTERNAL, year - 1) + ") klagomål och synpunkter från utomstående och "
                + c.count(Group.STAFF, year) + " (" + c.count(Group.STAFF, year - 1) + ") från personal. "
                + c.count(Group.QUALITY, year) + " (" + c.count(Group.QUALITY, year - 1) + ") kvalitetsavvikelser och "
                + c.count(Group.LEX_SARAH, year) + " (" + c.count(Group.LEX_SARAH, year - 1)
                + ") rapporter enligt lex Sarah rapporterades.");
        doc.heading(1, "2. Avvikelser");
        doc.paragraph("Uppgifterna är hämtade ur Vaksam den " + LocalDate.now(clock) + ".");
        int section = 1;
        for (GroupRow g : c.groups()) {
            String name = text("deviation.group." + g.group());
            doc.heading(2, "2." + section++ + " " + name);
            List<String> areas = g.perArea().stream().map(a -> a.area().name() == null ? text("deviation.area.none")
                    : a.area().name()).toList();
            List<Charts.Series> series = new ArrayList<>();
            for (int i = 0; i < c.years().size(); i++) {
                int index = i;
                series.add(new Charts.Series(String.valueOf(c.years().get(i)), null,
                        g.perArea().stream().map(a -> a.perYear().get(index).intValue()).toList()));
            }
            doc.add(Charts.bars(name + " per verksamhetsområde " + c.years().get(0) + "–" + year
                    + ". Samma siffror finns i tabellen nedan.", areas, series));
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
        LexSarahYear lex = c.lexSarahOf(year);
        doc.heading(2, "2." + section++ + " Lex Sarah: utredningar och anmälningar till IVO");
        doc.paragraph("Under " + year + " gjordes " + lex.reports() + " rapporter om missförhållanden och påtagliga "
                + "risker för missförhållanden (" + (year - 1) + ": " + c.lexSarahOf(year - 1).reports() + "). "
                + "Arbetsutskottet har behandlat " + lex.found() + " lex Sarah-utredningar där förvaltningen har bedömt "
                + "att missförhållande eller påtaglig risk för missförhållande förelegat. " + lex.notified()
                + " ärenden anmäldes till IVO, varav " + lex.notifiedByChair() + " på beslut av ordföranden. "
                + "IVO har avslutat " + lex.ivoClosed() + " och väntar på nämndens utredning i " + lex.ivoAwaiting() + ".");
        List<List<String>> lexRows = c.lexSarah().stream().map(l -> List.of(String.valueOf(l.year()),
                String.valueOf(l.reports()), String.valueOf(l.found()), String.valueOf(l.notified()),
                String.valueOf(l.ivoClosed()), String.valueOf(l.ivoAwaiting()))).toList();
        doc.add(new Block.Table("Lex Sarah per år", List.of(Block.Column.text("År"), Block.Column.number("Rapporter"),
                Block.Column.number("Utredningar med missförhållande"), Block.Column.number("Anmälda till IVO"),
                Block.Column.number("IVO har avslutat"), Block.Column.number("IVO väntar")), lexRows));
        doc.heading(2, "2." + section + " Mönster i avvikelser");
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
        appendix(doc, "Bilaga 1. Riskanalyser", "Genomförd riskanalys", data.riskAnalyses(), false);
        appendix(doc, "Bilaga 2. Egenkontroller", "Genomförd egenkontroll", data.selfInspections(), true);
        return doc.build();
    }

    private void appendix(Doc.Builder doc, String heading, String first, List<QualityRegisters.Entry> entries,
            boolean result) {
        doc.pageBreak();
        doc.heading(1, heading);
        if (entries.isEmpty()) {
            doc.paragraph("Inget registrerat för året.");
            return;
        }
        Map<Long, List<QualityRegisters.Entry>> byArea = new LinkedHashMap<>();
        entries.forEach(e -> byArea.computeIfAbsent(e.areaUnitId() == null ? -1L : e.areaUnitId(), a -> new ArrayList<>()).add(e));
        for (var area : byArea.entrySet()) {
            String name = area.getKey() < 0 ? text("deviation.area.none")
                    : org.unit(area.getKey()).map(OrgQuery.UnitView::name).orElse("–");
            List<Block.Column> columns = new ArrayList<>(List.of(Block.Column.text(first),
                    Block.Column.text("Verksamhet där den genomfördes")));
            if (result) {
                columns.add(Block.Column.text("Resultat"));
            }
            columns.add(Block.Column.text("Förbättrande åtgärder som vidtagits"));
            columns.add(Block.Column.text("Processer och rutiner som förbättrats"));
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
