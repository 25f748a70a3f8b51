package se.vaksam.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.vaksam.document.Block;
import se.vaksam.document.Doc;
import se.vaksam.plan.ItemKind;
import se.vaksam.plan.PlanQuery;
import se.vaksam.plan.ReviewKind;

/**
 * The internal-control report as a {@link Doc}, from its data alone, in the structure of the committee's
 * documents: title page, Innehållsförteckning, Inledning, Ansvar, (annual: Kommungemensamma granskningsområden,
 * Självskattning, {@link OverviewCharts Översikt}), the {@link ItemChapters item chapters} Direktåtgärder,
 * Nämndens granskningar, Kommungemensamma granskningar, (annual: the {@link SelfAssessmentChapter self-assessment
 * chapter} and the {@link ImprovementAppendix appendix} Bilaga 1 Uppföljning förbättringsåtgärder). This class
 * makes the title page and the standard texts with their placeholders filled in.
 */
final class PlanReportDocument {

    static final String TOC = "Innehållsförteckning";
    static final String SELF_ASSESSMENT_CHAPTER = SelfAssessmentChapter.TITLE;
    static final String APPENDIX = ImprovementAppendix.TITLE;
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
        Map<String, String> values = ReportPlaceholders.of(data);
        doc.heading(1, "Inledning");
        texts(doc, data, "INTRODUCTION", values);
        texts(doc, data, data.kind().annual() ? "INTRODUCTION_ANNUAL" : "INTRODUCTION_TERTIAL", values);
        doc.heading(2, "Ansvar");
        texts(doc, data, "RESPONSIBILITY", values);
        if (data.kind().annual()) {
            doc.heading(1, "Kommungemensamma granskningsområden");
            texts(doc, data, "COMMON_REVIEW_AREAS", values);
            if (data.commonReviewAreas().isEmpty()) {
                texts(doc, data, "COMMON_REVIEW_AREAS_NONE", values);
            } else {
                texts(doc, data, "COMMON_REVIEW_AREAS_LIST", values);
                doc.add(Block.BulletList.of(data.commonReviewAreas()));
            }
            doc.heading(1, "Självskattning");
            texts(doc, data, "SELF_ASSESSMENT", values);
            OverviewCharts.add(doc, data);
        }
        ItemChapters.chapter(doc, "Direktåtgärder", data.items().stream()
                .filter(i -> i.kind() == ItemKind.DIRECT_ACTION).toList());
        ItemChapters.chapter(doc, "Nämndens granskningar", data.items().stream()
                .filter(i -> i.kind() == ItemKind.REVIEW && i.reviewKind() != ReviewKind.KOMMUNGEMENSAM).toList());
        ItemChapters.chapter(doc, "Kommungemensamma granskningar", data.items().stream()
                .filter(i -> i.kind() == ItemKind.REVIEW && i.reviewKind() == ReviewKind.KOMMUNGEMENSAM).toList());
        if (data.kind().annual()) {
            SelfAssessmentChapter.add(doc, data.selfAssessment(), data.lastYearSelfAssessment(),
                    data.areaNarratives(), () -> texts(doc, data, "SELF_ASSESSMENT_CHAPTER", values));
            ImprovementAppendix.add(doc, data.carried(), () -> texts(doc, data, "IMPROVEMENT_APPENDIX", values));
        }
        return doc.build();
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

}
