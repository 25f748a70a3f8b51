package se.vaksam.deviation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.vaksam.VaksamTest;
import se.vaksam.deviation.DeviationKind.Group;
import se.vaksam.deviation.DeviationStatistics.Counts;
import se.vaksam.deviation.DeviationStatistics.LexSarahYear;

/**
 * The statistics reproduce the kvalitetsberättelse 2022 (reference/004 §4.1): 210 (2021: 154)
 * complaints and suggestions from outside, 74 (51) from staff, 1 071 (784) quality deviations, 124 (129)
 * lex Sarah reports; in 2022 the arbetsutskott treated 34 investigations that found a missförhållande,
 * and 8 cases were notified to IVO (5 by the arbetsutskott, 3 by the chair; IVO closed 5, awaits 3).
 * The fixture rows are generated in bulk in the database, spread over the three operational areas and
 * the tertials; the years are 2021–2022, where no other test or demo data writes.
 */
@VaksamTest
class ReferenceStatisticsTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DeviationStatistics statistics;

    @Autowired
    QualityReports reports;

    @BeforeEach
    void fixture() {
        jdbc.sql("delete from deviation_link where deviation_id in (select id from deviation where received_on < '2023-01-01')").update();
        jdbc.sql("delete from deviation where received_on < '2023-01-01'").update();
        rows(2022, "EXTERNAL_COMPLAINT", 160);
        rows(2022, "EXTERNAL_SUGGESTION", 50);
        rows(2022, "STAFF_COMPLAINT", 60);
        rows(2022, "STAFF_SUGGESTION", 14);
        rows(2022, "QUALITY", 1071);
        rows(2022, "LEX_SARAH", 124);
        rows(2021, "EXTERNAL_COMPLAINT", 154);
        rows(2021, "STAFF_COMPLAINT", 51);
        rows(2021, "QUALITY", 784);
        rows(2021, "LEX_SARAH", 129);
        // 2022's lex Sarah cases decided by the arbetsutskott: 34 found a missförhållande (or risk of one),
        // 20 did not; 5 of the 34 were notified to IVO; 3 more were notified on the chair's decision.
        decide(2022, 22, "MALADMINISTRATION", "WORKING_COMMITTEE", false, 0);
        decide(2022, 12, "CLEAR_RISK", "WORKING_COMMITTEE", false, 22);
        decide(2022, 20, "NONE", "WORKING_COMMITTEE", false, 34);
        jdbc.sql("""
                update deviation set serious = true, ivo_notified_on = decided_on + 3,
                    ivo_reply = 'CLOSED', ivo_replied_on = decided_on + 40
                where id in (select id from deviation where kind = 'LEX_SARAH' and decided_on >= '2022-01-01'
                             and assessment = 'MALADMINISTRATION' order by id limit 5)""").update();
        jdbc.sql("""
                update deviation set decision_body = 'CHAIR', decided_on = received_on + 2, serious = true,
                    ivo_notified_on = received_on + 3, ivo_reply = 'AWAITING_INVESTIGATION', ivo_replied_on = received_on + 30,
                    decision = 'Ordförandebeslut: anmälan till IVO'
                where id in (select id from deviation where kind = 'LEX_SARAH' and received_on >= '2022-01-01'
                             and received_on < '2022-10-01' and decided_on is null order by id limit 3)""").update();
        DeviationTestSupport.signInAs("admin");
    }

    @AfterEach
    void signOut() {
        DeviationTestSupport.signOut();
    }

    /** n rows of a kind in a year, round-robin over the three operational areas, spread over the months. */
    private void rows(int year, String kind, int n) {
        jdbc.sql("""
                with areas as (
                    select u.id as area, (select min(s.id) from org_unit s where s.parent_id = u.id) as unit,
                           row_number() over (order by u.code) - 1 as k
                    from org_unit u where u.type = 'OPERATIONAL_AREA' and u.code in ('IFO', 'AMA', 'BTS')),
                cats as (select id, row_number() over (order by id) - 1 as k from deviation_category where list = 'AREA')
                insert into deviation (case_number, kind, status, unit_id, area_unit_id, title, description, received_on,
                    reporter_kind, confidential, area_category_id)
                select 'FIX-' || nextval('deviation_case_number_seq'), :kind, 'CLOSED', a.unit, a.area, 'Fixtur', 'Fixtur',
                       make_date(:year, 1 + (g % 12), 1 + (g % 28)), 'STAFF', :kind = 'LEX_SARAH',
                       (select id from cats where cats.k = g % (select count(*) from cats))
                from generate_series(0, :n - 1) g join areas a on a.k = g % 3""")
                .param("kind", kind).param("year", year).param("n", n).update();
    }

    private void decide(int year, int n, String assessment, String body, boolean serious, int offset) {
        jdbc.sql("""
                update deviation set assessment = :assessment, serious = :serious, decision_body = :body,
                    decided_on = least(received_on + 60, make_date(:year, 12, 31)), decision = 'Beslut'
                where id in (select id from deviation where kind = 'LEX_SARAH' and received_on >= make_date(:year, 1, 1)
                             and received_on < make_date(:year + 1, 1, 1) order by id offset :offset limit :n)""")
                .param("assessment", assessment).param("serious", serious).param("body", body).param("year", year)
                .param("offset", offset).param("n", n).update();
    }

    @Test
    void theCountsOf2022And2021AreThoseOfTheQualityReport() {
        Counts counts = statistics.counts(2022);
        assertThat(counts.years()).containsExactly(2020, 2021, 2022);
        assertThat(counts.count(Group.EXTERNAL, 2022)).isEqualTo(210);
        assertThat(counts.count(Group.EXTERNAL, 2021)).isEqualTo(154);
        assertThat(counts.count(Group.STAFF, 2022)).isEqualTo(74);
        assertThat(counts.count(Group.STAFF, 2021)).isEqualTo(51);
        assertThat(counts.count(Group.QUALITY, 2022)).isEqualTo(1071);
        assertThat(counts.count(Group.QUALITY, 2021)).isEqualTo(784);
        assertThat(counts.count(Group.LEX_SARAH, 2022)).isEqualTo(124);
        assertThat(counts.count(Group.LEX_SARAH, 2021)).isEqualTo(129);
        LexSarahYear lex = counts.lexSarahOf(2022);
        assertThat(lex.reports()).isEqualTo(124);
        assertThat(lex.found()).isEqualTo(34);
        assertThat(lex.notified()).isEqualTo(8);
        assertThat(lex.notifiedByChair()).isEqualTo(3);
        assertThat(lex.ivoClosed()).isEqualTo(5);
        assertThat(lex.ivoAwaiting()).isEqualTo(3);
    }

    @Test
    void perAreaPerTertialAndPerCategoryTheCountsAddUp() {
        Counts counts = statistics.counts(2022);
        var quality = counts.groups().stream().filter(g -> g.group() == Group.QUALITY).findFirst().orElseThrow();
        assertThat(quality.perArea()).hasSize(3);
        assertThat(quality.perArea().stream().mapToLong(a -> a.perYear().get(2)).sum()).isEqualTo(1071);
        assertThat(quality.perArea().stream().map(a -> a.perYear().get(2))).containsExactlyInAnyOrder(357L, 357L, 357L);
        var tertials = counts.tertials().stream().filter(t -> t.group() == Group.QUALITY).findFirst().orElseThrow();
        assertThat(tertials.perTertial().stream().mapToLong(Long::longValue).sum()).isEqualTo(1071);
        assertThat(counts.categories().stream().mapToLong(DeviationStatistics.CategoryRow::total).sum())
                .isEqualTo(210 + 74 + 1071 + 124);
        assertThat(counts.categories()).allMatch(DeviationStatistics.CategoryRow::recurring);
    }

    @Test
    void theQualityReportCarriesTheFiguresInWordAndPdf() throws Exception {
        byte[] docx = reports.render(2022, se.vaksam.document.Format.DOCX);
        String word;
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
                var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
            word = extractor.getText();
        }
        assertThat(word).contains("Kvalitetsberättelse 2022")
                .contains("Förvaltningen tog 2022 emot 210 (2021: 154) klagomål och synpunkter från utomstående och 74 (51) från personal. 1071 (784) kvalitetsavvikelser och 124 (129) rapporter")
                .contains("Arbetsutskottet har behandlat 34 lex Sarah-utredningar")
                .contains("8 ärenden anmäldes till IVO, varav 3 på beslut av ordföranden")
                .contains("Bilaga 1. Riskanalyser").contains("Bilaga 2. Egenkontroller");
        byte[] pdf = reports.render(2022, se.vaksam.document.Format.PDF);
        try (var loaded = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(loaded).replaceAll("\\s+", " ");
            assertThat(text).contains("Kvalitetsberättelse 2022").contains("34 lex Sarah-utredningar");
        }
    }
}
