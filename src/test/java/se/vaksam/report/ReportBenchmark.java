package se.vaksam.report;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;

import se.vaksam.document.Block;
import se.vaksam.document.Doc;
import se.vaksam.document.DocumentRenderer;
import se.vaksam.plan.ActionStatus;
import se.vaksam.plan.ItemKind;
import se.vaksam.plan.ItemOrigin;
import se.vaksam.plan.PlanQuery;
import se.vaksam.plan.PlanStatus;
import se.vaksam.plan.ResultTable;
import se.vaksam.plan.ReviewKind;
import se.vaksam.shared.Period;

/**
 * Benchmark (not a test; run by {@code bench/report.sh}): the annual report of a plan with 30 items and 20 result
 * tables (≥ 40 pages), rendered as PDF and DOCX again and again in one JVM; prints the median and range of each
 * format after warm-up, the page count and the peak heap. The data is built in memory, so only the document
 * building and rendering are measured.
 */
public final class ReportBenchmark {

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        PlanReportData data = annualPlan();
        DocumentRenderer renderer = new DocumentRenderer();
        Doc doc = PlanReportDocument.build(data);
        byte[] pdf = null;
        byte[] docx = null;
        for (int i = 0; i < warmup; i++) {
            pdf = renderer.pdf(PlanReportDocument.build(data));
            docx = renderer.docx(PlanReportDocument.build(data));
        }
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long[] pdfMillis = new long[runs];
        long[] docxMillis = new long[runs];
        long[] pdfCpu = new long[runs];
        long[] docxCpu = new long[runs];
        var threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            pdf = renderer.pdf(PlanReportDocument.build(data));
            pdfMillis[i] = (System.nanoTime() - start) / 1_000_000;
            pdfCpu[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
            start = System.nanoTime();
            cpu = threads.getCurrentThreadCpuTime();
            docx = renderer.docx(PlanReportDocument.build(data));
            docxMillis[i] = (System.nanoTime() - start) / 1_000_000;
            docxCpu[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
        }
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        int pages;
        try (var document = Loader.loadPDF(pdf)) {
            pages = document.getNumberOfPages();
        }
        long tables = doc.blocks().stream().filter(b -> b instanceof Block.Table).count();
        System.out.printf("items=%d resultTables=%d tablesInDocument=%d pages=%d pdfBytes=%d docxBytes=%d%n",
                data.items().size(), data.items().stream().mapToInt(i -> i.tables().size()).sum(), tables, pages,
                pdf.length, docx.length);
        System.out.printf("PDF  wall ms: median %d (min %d, max %d); thread CPU ms: median %d (min %d) — %d runs after "
                + "%d warm-up%n", median(pdfMillis), min(pdfMillis), max(pdfMillis), median(pdfCpu), min(pdfCpu), runs,
                warmup);
        System.out.printf("DOCX wall ms: median %d (min %d, max %d); thread CPU ms: median %d (min %d)%n",
                median(docxMillis), min(docxMillis), max(docxMillis), median(docxCpu), min(docxCpu));
        System.out.printf("load average at the end: %.1f on %d cores%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.printf("peak heap used during the timed runs: %d MiB (max heap %d MiB)%n", peakHeap >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    private static long min(long[] values) {
        return Arrays.stream(values).min().orElse(0);
    }

    private static long max(long[] values) {
        return Arrays.stream(values).max().orElse(0);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static final String PARAGRAPH = "Förvaltningen har gått igenom rutinen tillsammans med berörda chefer och "
            + "kontrollerat ett slumpmässigt urval av ärenden från perioden. Resultatet har jämförts med föregående "
            + "års granskning och med de krav som lagstiftningen och Malmö stads riktlinjer ställer. ";

    static String text(int paragraphs) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < paragraphs; i++) {
            text.append(PARAGRAPH.repeat(3).strip()).append("\n\n");
        }
        return text.toString().strip();
    }

    /** A 2025 plan: 10 direct actions and 20 reviews, each review with one result table of 12 rows. */
    static PlanReportData annualPlan() {
        PlanQuery.PlanView plan = new PlanQuery.PlanView(1, 2, "Arbetsmarknads- och socialnämnden", 2025,
                PlanStatus.ADOPTED, LocalDate.of(2024, 12, 15), "§ 303", "ASN-2024-1234", "Nämnden", null, 1, true);
        List<PlanQuery.ItemView> items = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            boolean review = i > 10;
            List<ResultTable> tables = new ArrayList<>();
            if (review) {
                List<List<ResultTable.Cell>> rows = new ArrayList<>();
                for (int m = 1; m <= 12; m++) {
                    rows.add(List.of(ResultTable.Cell.text("Månad " + m), ResultTable.Cell.number(40 + m * i),
                            ResultTable.Cell.number(m), ResultTable.Cell.number(1000 + m * 37)));
                }
                tables.add(new ResultTable("Resultat av stickprov, granskning " + i, List.of(
                        new ResultTable.Column("Månad", false), new ResultTable.Column("Granskade ärenden", true),
                        new ResultTable.Column("Avvikelser", true), new ResultTable.Column("Belopp (kr)", true)), rows));
            }
            Period period = i % 3 == 0 ? Period.T1 : i % 3 == 1 ? Period.T2 : Period.ANNUAL;
            items.add(new PlanQuery.ItemView(i, 1, 2025, 2, PlanStatus.ADOPTED,
                    review ? ItemKind.REVIEW : ItemKind.DIRECT_ACTION, review ? (i > 25 ? ReviewKind.KOMMUNGEMENSAM
                            : ReviewKind.NAMNDENS) : null, null, (long) i, "Risk nummer " + i,
                    "Risk för att rutin " + i + " inte följs på grund av bristande kunskap, vilket kan leda till fel.",
                    (review ? "Granskning av rutin " : "Översyn av rutin ") + i, 3, "Avdelningen", null, null, null,
                    period, ItemOrigin.RISK_ANALYSIS, null, review ? null : text(1), review ? null : text(3),
                    review ? null : ActionStatus.DONE, null, null, null, review ? text(1) : null,
                    review ? text(1) : null, review ? text(1) : null, review ? text(1) : null, null, null, null, false,
                    review ? text(3) : null, review ? text(1) : null, review ? text(2) : null,
                    review ? text(1) : null, review ? text(1) : null, tables, OffsetDateTime.now(), "ik.samordnare",
                    java.time.LocalDate.of(2025, 9, 15), 1, false, false));
        }
        Map<String, String> texts = new LinkedHashMap<>();
        PlanReportSource.ANNUAL_TEXTS.forEach(code -> texts.put(code, code.equals("RESPONSIBILITY")
                ? "**Kommunstyrelsen** har det övergripande ansvaret.\n\n**Nämnderna** har det yttersta ansvaret."
                : "Standardtext för {Nämnden} {år} enligt *{riktlinje}*."));
        List<String> rows = List.of("4 Mycket sannolik", "3 Sannolik", "2 Möjlig", "1 Osannolik");
        List<String> columns = List.of("1 Liten", "2 Måttlig", "3 Betydande", "4 Allvarlig");
        List<List<PlanReportData.GridCell>> cells = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            List<PlanReportData.GridCell> row = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                int value = (4 - r) * (c + 1);
                row.add(new PlanReportData.GridCell(value % 3, value >= 9 ? "#d4351c" : value >= 4 ? "#ffdd00"
                        : "#00703c", value >= 9 || value < 4 ? "#ffffff" : "#0b0c0c"));
            }
            cells.add(row);
        }
        return new PlanReportData(ReportKind.ANNUAL, plan, "Arbetsmarknads- och socialförvaltningen",
                LocalDate.of(2026, 1, 20), "ASN-2026-100", items, List.of("Sociala medier", "Barnrätt"), null,
                null, Map.of(), List.of(), new PlanReportData.Grid("Kommunens riskmatris", rows, columns, cells, 30), texts,
                "Malmö stads reglemente för intern kontroll", "Riktlinje för arbetet med intern kontroll",
                LocalDate.of(2027, 5, 15));
    }
}
