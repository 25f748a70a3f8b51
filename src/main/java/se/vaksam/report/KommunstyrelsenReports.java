package se.vaksam.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.vaksam.document.Block;
import se.vaksam.document.Doc;
import se.vaksam.plan.CommonReviewAreas;
import se.vaksam.plan.CommonReviewDecision;
import se.vaksam.plan.PlanQuery;
import se.vaksam.selfassessment.SelfAssessmentQuery;
import se.vaksam.shared.ForbiddenException;
import se.vaksam.shared.NotFoundException;

/**
 * Kommunstyrelsen's views across committees: one document per city-wide review area (kommungemensamt
 * granskningsområde) collecting every committee's result, and the committees' self-assessments of a year side by
 * side. Each reader sees the committees they may read.
 */
@Service
class KommunstyrelsenReports {

    private final CommonReviewAreas areas;
    private final PlanQuery plans;
    private final SelfAssessmentQuery selfAssessments;
    private final UnitReading units;
    private final Clock clock;

    KommunstyrelsenReports(CommonReviewAreas areas, PlanQuery plans, SelfAssessmentQuery selfAssessments,
            UnitReading units, Clock clock) {
        this.areas = areas;
        this.plans = plans;
        this.selfAssessments = selfAssessments;
        this.units = units;
        this.clock = clock;
    }

    /** A year's review areas, for the index page. */
    record AreaLink(long id, int year, String title) {
    }

    List<AreaLink> areaLinks() {
        try {
            return areas.decisions().stream().flatMap(d -> d.areas().stream()
                    .map(a -> new AreaLink(a.id(), d.year(), a.title()))).toList();
        } catch (ForbiddenException e) {
            return List.of();
        }
    }

    /** Years that have plans the reader may read, newest first. */
    List<Integer> years() {
        return plans.plans(null, null).stream().map(PlanQuery.PlanView::year).distinct()
                .sorted(java.util.Comparator.reverseOrder()).toList();
    }

    @Transactional(readOnly = true)
    /** The compilation dated {@code date} (today when null). */
    Doc commonReviewArea(long areaId, LocalDate date) {
        CommonReviewDecision.Area area = areas.area(areaId);
        int year = areas.decisions().stream().filter(d -> d.areas().stream().anyMatch(a -> a.id() == areaId))
                .map(CommonReviewDecision::year).findFirst().orElseThrow(() -> new NotFoundException("report.notFound"));
        String title = "Kommungemensamt granskningsområde " + year + ": " + area.title();
        Doc.Builder doc = Doc.builder(new Doc.Meta(title, "sv-SE", "Kommunstyrelsen",
                "Nämndernas resultat för " + area.title() + " " + year));
        doc.titlePage(new Doc.TitlePage(title, "Kommunstyrelsen",
                List.of(new Block.Field("Datum", (date == null ? LocalDate.now(clock) : date).toString()))));
        doc.tableOfContents(PlanReportDocument.TOC);
        doc.heading(1, "Anvisningar");
        doc.text(area.instructions());
        List<PlanQuery.ItemView> items = plans.itemsOfCommonReviewArea(areaId);
        Map<Long, String> committees = new LinkedHashMap<>();
        for (PlanQuery.ItemView item : items) {
            committees.computeIfAbsent(item.planId(), id -> plans.plan(id).committeeName());
        }
        doc.heading(1, "Sammanställning");
        doc.add(new Block.Table("Nämndernas granskningar av " + area.title(),
                List.of(Block.Column.text("Nämnd"), Block.Column.text("Granskning"), Block.Column.text("Rapporterad")),
                items.stream().map(i -> List.of(committees.get(i.planId()), i.title(),
                        i.reported() ? i.reportedAt().toLocalDate().toString() : "Ej rapporterad")).toList()));
        for (PlanQuery.ItemView item : items) {
            doc.heading(1, committees.get(item.planId()));
            if (item.riskTitle() != null) {
                ItemChapters.risk(doc, item);
            }
            ItemChapters.review(doc, item, item.riskTitle() != null ? 3 : 2);
        }
        if (items.isEmpty()) {
            doc.paragraph("Ingen nämnd har ännu en granskning inom området.");
        }
        return doc.build();
    }

    @Transactional(readOnly = true)
    /** The self-assessments side by side, dated {@code date} (today when null). */
    Doc selfAssessments(int year, LocalDate date) {
        List<SelfAssessmentQuery.Assessment> all = new ArrayList<>();
        for (long committeeId : readableCommittees()) {
            selfAssessments.assessment(committeeId, year).ifPresent(all::add);
        }
        String title = "Nämndernas självskattningar " + year;
        Doc.Builder doc = Doc.builder(new Doc.Meta(title, "sv-SE", "Kommunstyrelsen",
                "Självskattning av intern kontroll " + year + ", nämnderna sida vid sida"));
        doc.titlePage(new Doc.TitlePage(title, "Kommunstyrelsen",
                List.of(new Block.Field("Datum", (date == null ? LocalDate.now(clock) : date).toString()))));
        doc.tableOfContents(PlanReportDocument.TOC);
        if (all.isEmpty()) {
            doc.heading(1, "Självskattningar");
            doc.paragraph("Ingen nämnd har påbörjat självskattningen för " + year + ".");
            return doc.build();
        }
        List<String> areaNames = all.stream().flatMap(a -> a.areas().stream().map(SelfAssessmentQuery.Area::name))
                .distinct().toList();
        for (String areaName : areaNames) {
            doc.heading(1, areaName);
            Map<String, String> criteria = new LinkedHashMap<>();
            all.forEach(a -> area(a, areaName).ifPresent(ar -> ar.rows()
                    .forEach(r -> criteria.putIfAbsent(r.criterionCode(), r.criterion()))));
            List<Block.Column> columns = new ArrayList<>();
            columns.add(Block.Column.text("Kriterium"));
            all.forEach(a -> columns.add(Block.Column.text(a.committeeName())));
            List<List<String>> rows = new ArrayList<>();
            for (Map.Entry<String, String> criterion : criteria.entrySet()) {
                List<String> row = new ArrayList<>();
                row.add(criterion.getValue());
                for (SelfAssessmentQuery.Assessment a : all) {
                    row.add(area(a, areaName).flatMap(ar -> ar.rows().stream()
                            .filter(r -> r.criterionCode().equals(criterion.getKey())).findFirst())
                            .map(r -> r.rating() == null ? "Ej bedömd" : r.rating()).orElse("–"));
                }
                rows.add(row);
            }
            doc.add(new Block.Table(areaName + ": bedömning per nämnd", columns, rows));
        }
        doc.heading(1, "Nämndernas sammanfattningar");
        for (SelfAssessmentQuery.Assessment a : all) {
            doc.heading(2, a.committeeName());
            if (a.summary() == null || a.summary().isBlank()) {
                doc.paragraph("Ingen sammanfattning.");
            } else {
                doc.text(a.summary());
            }
        }
        return doc.build();
    }

    private static Optional<SelfAssessmentQuery.Area> area(SelfAssessmentQuery.Assessment a, String name) {
        return a.areas().stream().filter(x -> x.name().equals(name)).findFirst();
    }

    /** Committees with a plan (of any year) that the reader may read, in plan-list order. */
    private List<Long> readableCommittees() {
        return plans.plans(null, null).stream().map(PlanQuery.PlanView::committeeId).distinct()
                .filter(units::canRead).toList();
    }
}
