package se.vaksam.report;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;

import se.vaksam.document.Doc;
import se.vaksam.document.DocumentRenderer;
import se.vaksam.document.Format;
import se.vaksam.document.Snapshots;
import se.vaksam.plan.PlanQuery;
import se.vaksam.shared.ForbiddenException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plan's follow-up reports: rendered on demand from the current data, or sent ("Skicka till nämnd"), which
 * freezes the PDF and the DOCX with the data they were made from as versions of the plan.
 */
@Service
class PlanReports {

    static final String OWNER_TYPE = "plan.plan";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PlanReportSource source;
    private final DocumentRenderer renderer;
    private final Snapshots snapshots;
    private final PlanQuery plans;

    PlanReports(PlanReportSource source, DocumentRenderer renderer, Snapshots snapshots, PlanQuery plans) {
        this.source = source;
        this.renderer = renderer;
        this.snapshots = snapshots;
        this.plans = plans;
    }

    /** A rendered file and the name to save it under. */
    record Rendered(String fileName, Format format, byte[] content) {
    }

    /** The report dated {@code date} (today when null). */
    Doc document(long planId, ReportKind kind, LocalDate date) {
        return PlanReportDocument.build(source.collect(planId, kind, null, date));
    }

    Rendered render(long planId, ReportKind kind, Format format) {
        return render(planId, kind, format, null);
    }

    /** The report rendered, dated {@code date} (today when null). */
    Rendered render(long planId, ReportKind kind, Format format, LocalDate date) {
        PlanReportData data = source.collect(planId, kind, null, date);
        return new Rendered(format.fileName(data.title()), format,
                renderer.render(PlanReportDocument.build(data), format));
    }

    /**
     * Freezes the report as it is now, as PDF and DOCX, under the given diarienummer (the plan's when blank).
     * dated {@code date} (today when null). Only those who manage the plan may send it.
     */
    List<Snapshots.Snapshot> send(long planId, ReportKind kind, String diaryNumber, LocalDate date) {
        PlanQuery.PlanView plan = plans.plan(planId);
        if (!plan.manageable()) {
            throw new ForbiddenException();
        }
        PlanReportData data = source.collect(planId, kind, diaryNumber, date);
        Doc doc = PlanReportDocument.build(data);
        String json = JSON.writeValueAsString(data);
        return snapshots.freezeAll(List.of(Format.PDF, Format.DOCX).stream().map(format -> new Snapshots.NewSnapshot(
                OWNER_TYPE, planId, plan.committeeId(), kind.slug(), data.title(), format,
                renderer.render(doc, format), json, data.diaryNumber())).toList());
    }

    /** The plan's sent versions, newest first (403 if the plan is not readable). */
    List<Snapshots.Snapshot> versions(long planId) {
        plans.plan(planId);
        return snapshots.of(OWNER_TYPE, planId);
    }
}
