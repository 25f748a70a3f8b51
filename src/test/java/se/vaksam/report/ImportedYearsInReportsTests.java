package se.vaksam.report;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vaksam.support.ImportFiles.row;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import se.vaksam.VaksamTest;
import se.vaksam.document.Format;
import se.vaksam.history.HistoryQuery;
import se.vaksam.org.OrgManagement;
import se.vaksam.plan.ImprovementManagement;
import se.vaksam.plan.ItemDraft;
import se.vaksam.plan.PlanManagement;
import se.vaksam.plan.PlanQuery;
import se.vaksam.risk.RiskManagement;
import se.vaksam.risk.RiskQuery;
import se.vaksam.selfassessment.CriteriaSet;
import se.vaksam.selfassessment.Rating;
import se.vaksam.selfassessment.SelfAssessmentManagement;
import se.vaksam.selfassessment.SelfAssessments;
import se.vaksam.shared.HistoryImport;
import se.vaksam.shared.Period;

/**
 * Past years brought in by the history imports reach this year's pages and the annual reports: a year's report
 * maps the plan's risks as that year's risk analysis assessed them, and the self-assessment page and annual report
 * show last year's imported rating beside this year's.
 */
@VaksamTest
class ImportedYearsInReportsTests {

    @Autowired
    List<HistoryImport> imports;
    @Autowired
    OrgManagement org;
    @Autowired
    RiskManagement riskManagement;
    @Autowired
    RiskQuery riskQuery;
    @Autowired
    PlanManagement plans;
    @Autowired
    PlanQuery planQuery;
    @Autowired
    ImprovementManagement improvements;
    @Autowired
    SelfAssessmentManagement selfAssessmentManagement;
    @Autowired
    SelfAssessments selfAssessments;
    @Autowired
    PlanReportSource source;
    @Autowired
    PlanReports reports;
    @Autowired
    SelfAssessmentTexts selfAssessmentTexts;
    @Autowired
    HistoryQuery history;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    static final HistoryImport.Context FILE = new HistoryImport.Context("historik.xlsx", "c0ffee", "admin",
            Instant.parse("2026-12-03T09:00:00Z"));

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    HistoryImport kind(String kind) {
        return imports.stream().filter(i -> i.kind().equals(kind)).findFirst().orElseThrow();
    }

    /** Checks and applies the rows in one transaction, as the import module does. */
    HistoryImport.Outcome imported(String kind, List<Map<String, String>> rows) {
        HistoryImport in = kind(kind);
        return new org.springframework.transaction.support.TransactionTemplate(transactions).execute(status -> {
            assertThat(in.check(rows, FILE)).isEmpty();
            return in.apply(rows, FILE);
        });
    }

    String code(long unitId) {
        return jdbc.sql("select code from org_unit where id = ?").param(unitId).query(String.class).single();
    }

    /** The count of the report's heat map in the cell of the likelihood and consequence (1-based). */
    static int count(PlanReportData.Grid grid, int likelihood, int consequence) {
        return grid.cells().get(grid.rows().size() - likelihood).get(consequence - 1).count();
    }

    @Test
    void eachYearsAnnualReportMapsThePlansRisksAsThatYearAssessedThem() {
        ReportFixture fixture = new ReportFixture(org, riskManagement, riskQuery, plans, planQuery, jdbc).committee();
        String sourceId = "IR-" + fixture.committeeId;
        Map<String, String> risk = row("Käll-id", sourceId, "Rubrik", "Felaktig attest", "Risk för att",
                "fakturor attesteras felaktigt", "På grund av", "otydlig delegation", "Vilket kan leda till",
                "ekonomisk skada", "Kategori", "Ekonomi", "Enhetskod", code(fixture.staffId), "Ursprung", "Avdelning");
        List<Map<String, String>> rows = new ArrayList<>();
        rows.add(year(risk, 2024, "2023-11-15", 2, 2));
        rows.add(year(risk, 2025, "2024-11-14", 4, 4));
        assertThat(imported("risks", rows)).isEqualTo(new HistoryImport.Outcome(2, 0, 0));
        long riskId = jdbc.sql("select id from risk where source_id = ?").param(sourceId).query(Long.class).single();
        List<Map<String, String>> plan = List.of(row("Nämnd", code(fixture.committeeId), "År", "2024", "Planstatus",
                "Avslutad", "Antagen den", "2023-12-12", "Paragraf", "§ 303", "Diarienummer", "ASN-2023-1",
                "Antagen av", fixture.committeeName, "Avslutad den", "2025-02-19", "Käll-id", "IKP-" + sourceId,
                "Typ", "Granskning", "Rubrik", "Granskning av attest", "Riskens käll-id", sourceId,
                "Ansvarig enhet", code(fixture.staffId), "Uppföljningsperiod", "Årsuppföljningen"));
        List<Map<String, String>> unknownRisk = List.of(new LinkedHashMap<>(plan.get(0)));
        unknownRisk.get(0).put("Riskens käll-id", "FINNS-INTE");
        assertThat(kind("internal-control-plans").check(unknownRisk, FILE)).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo("Riskens käll-id");
            assertThat(p.messageKey()).isEqualTo("plan.import.error.unknownRisk");
        });
        assertThat(imported("internal-control-plans", plan)).isEqualTo(new HistoryImport.Outcome(1, 0, 0));
        long plan2024 = planQuery.planOf(fixture.committeeId, 2024).orElseThrow().id();
        assertThat(riskQuery.links(riskId)).extracting(RiskQuery.Link::recordType).containsExactly("plan.item");
        long[] ids = new long[1];
        long plan2025 = fixture.adoptedPlan(2025, List.of(ItemDraft.directAction(riskId, "Förtydliga delegationen",
                fixture.staffId, null, Period.ANNUAL, "Ny delegationsordning")), ids);

        PlanReportData.Grid grid2024 = source.collect(plan2024, ReportKind.ANNUAL, null, null).heatMap();
        PlanReportData.Grid grid2025 = source.collect(plan2025, ReportKind.ANNUAL, null, null).heatMap();

        assertThat(grid2024.total()).isEqualTo(1);
        assertThat(count(grid2024, 2, 2)).isEqualTo(1);
        assertThat(count(grid2024, 4, 4)).isZero();
        assertThat(grid2025.total()).isEqualTo(1);
        assertThat(count(grid2025, 4, 4)).isEqualTo(1);
    }

    static Map<String, String> year(Map<String, String> risk, int year, String heldOn, int likelihood,
            int consequence) {
        Map<String, String> row = new LinkedHashMap<>(risk);
        row.putAll(row("År", Integer.toString(year), "Riskanalysens datum", heldOn, "Sannolikhet",
                Integer.toString(likelihood), "Konsekvensnivå", Integer.toString(consequence)));
        return row;
    }

    /** Last year's submitted self-assessment, every criterion rated: by number in odd areas, by text in even ones. */
    List<Map<String, String>> selfAssessment2025(String committee, CriteriaSet set, List<Rating> scale) {
        List<Map<String, String>> rows = new ArrayList<>();
        int n = 0;
        for (int a = 0; a < set.areas().size(); a++) {
            CriteriaSet.Area area = set.areas().get(a);
            for (int c = 0; c < area.criteria().size(); c++) {
                Map<String, String> row = row("Nämnd", committee, "År", "2025", "Status",
                        "Inskickad till kommunstyrelsen", "Område", area.name(), "Kriterium",
                        a % 2 == 0 ? Integer.toString(c + 1) : area.criteria().get(c).text().toUpperCase(),
                        "Bedömning", scale.get(n++ % scale.size()).label());
                if (rows.isEmpty()) {
                    row.putAll(row("Inskickad den", "2026-02-12", "Sammanfattning", "Kontrollmiljön är god."));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void lastYearsImportedSelfAssessmentShowsBesideThisYearsOnThePageAndInTheAnnualReport() throws Exception {
        ReportFixture fixture = new ReportFixture(org, riskManagement, riskQuery, plans, planQuery, jdbc).committee();
        long kommun = jdbc.sql("select id from org_unit where code = 'MALMO'").query(Long.class).single();
        CriteriaSet set = selfAssessments.criteria(kommun, 2025);
        List<Rating> scale = selfAssessments.ratings();
        List<Map<String, String>> file = selfAssessment2025(code(fixture.committeeId), set, scale);

        assertThat(imported("self-assessments", file)).isEqualTo(new HistoryImport.Outcome(1, 0, 0));
        long thisYear = selfAssessmentManagement.start(fixture.committeeId, 2026);

        List<String> expected = new ArrayList<>();
        for (int i = 0; i < set.criterionCount(); i++) {
            expected.add(scale.get(i % scale.size()).label());
        }
        SelfAssessments.AssessmentPage page = selfAssessments.page(thisYear);
        assertThat(page.hasLastYear()).isTrue();
        assertThat(page.areas().stream().flatMap(a -> a.rows().stream()).map(SelfAssessments.RowWithLastYear::lastRating)
                .toList()).containsExactlyElementsOf(expected);

        long[] ids = new long[1];
        long plan = fixture.adoptedPlan(2026, List.of(ItemDraft.directAction(null, "Utbilda i attest",
                fixture.staffId, null, Period.ANNUAL, "Två utbildningar")), ids);
        selfAssessmentTexts.save(fixture.committeeId, 2026, true, Map.of(), List.of(), 0, "admin");
        byte[] docx = reports.render(plan, ReportKind.ANNUAL, Format.DOCX).content();
        List<String> lastColumn = new ArrayList<>();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            document.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("Kriterium"))
                    .map(PlanReportTests::rows).forEach(table -> {
                        assertThat(table.get(0)).containsExactly("Kriterium", "Bedömning 2025", "Bedömning 2026");
                        table.subList(1, table.size()).forEach(r -> {
                            assertThat(r.get(2)).isEqualTo("Ej bedömd");
                            lastColumn.add(r.get(1));
                        });
                    });
        }
        assertThat(lastColumn).containsExactlyElementsOf(expected);
    }

    @Test
    void theSameSelfAssessmentAgainChangesNothingAndACorrectedRatingUpdatesItWithHistory() {
        ReportFixture fixture = new ReportFixture(org, riskManagement, riskQuery, plans, planQuery, jdbc).committee();
        long kommun = jdbc.sql("select id from org_unit where code = 'MALMO'").query(Long.class).single();
        List<Rating> scale = selfAssessments.ratings();
        List<Map<String, String>> file = selfAssessment2025(code(fixture.committeeId),
                selfAssessments.criteria(kommun, 2025), scale);
        imported("self-assessments", file);
        long id = jdbc.sql("select id from sa_assessment where committee_id = ? and year = 2025")
                .param(fixture.committeeId).query(Long.class).single();
        int entries = history.historyOf("selfassessment.assessment", Long.toString(id)).size();

        assertThat(imported("self-assessments", file)).isEqualTo(new HistoryImport.Outcome(0, 0, 1));
        assertThat(history.historyOf("selfassessment.assessment", Long.toString(id))).hasSize(entries);

        List<Map<String, String>> corrected = new ArrayList<>(file);
        Map<String, String> first = new LinkedHashMap<>(corrected.get(0));
        first.put("Bedömning", scale.get(scale.size() - 1).label());
        first.put("Motivering", "Delegationen var inte uppdaterad.");
        corrected.set(0, first);
        assertThat(imported("self-assessments", corrected)).isEqualTo(new HistoryImport.Outcome(0, 1, 0));
        assertThat(history.historyOf("selfassessment.assessment", Long.toString(id))).hasSize(entries + 1);

        List<Map<String, String>> bad = new ArrayList<>(file);
        Map<String, String> unknown = new LinkedHashMap<>(bad.get(1));
        unknown.put("Kriterium", "99");
        bad.set(1, unknown);
        assertThat(kind("self-assessments").check(bad, FILE)).anySatisfy(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("Kriterium");
            assertThat(p.value()).isEqualTo("99");
            assertThat(p.messageKey()).isEqualTo("selfassessment.import.error.criterion");
        }).anySatisfy(p -> assertThat(p.messageKey()).isEqualTo("selfassessment.import.error.unrated"));

        List<Map<String, String>> draft = new ArrayList<>();
        file.forEach(r -> {
            Map<String, String> asDraft = new LinkedHashMap<>(r);
            asDraft.put("Status", "Utkast");
            asDraft.remove("Inskickad den");
            asDraft.put("Inskickad av", "ik.samordnare");
            draft.add(asDraft);
        });
        assertThat(kind("self-assessments").check(draft, FILE)).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("Inskickad av");
            assertThat(p.messageKey()).isEqualTo("selfassessment.import.error.notSubmittedBy");
        });
    }
}
