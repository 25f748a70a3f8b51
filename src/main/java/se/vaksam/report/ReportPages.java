package se.vaksam.report;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.vaksam.document.Doc;
import se.vaksam.document.DocumentRenderer;
import se.vaksam.document.Format;
import se.vaksam.document.Snapshots;
import se.vaksam.plan.PlanQuery;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Bounds;
import se.vaksam.shared.Capability;
import se.vaksam.shared.DomainException;

/**
 * The report pages: the index (plans and kommunstyrelsen's views), a plan's reports with preview, downloads with
 * progress, "Skicka till nämnd" and the sent versions; the versions fragment the plan page loads.
 */
@Allowed(Capability.SIGNED_IN)
@Controller
class ReportPages {

    static final String KIND = "{kind:tertial-1|tertial-2|annual}";
    static final String EXT = "{ext:html|pdf|docx}";

    private final PlanReports reports;
    private final PlanQuery plans;
    private final KommunstyrelsenReports kommunstyrelsen;
    private final Snapshots snapshots;
    private final ReportJobs jobs;
    private final DocumentRenderer renderer;
    private final UnitReading units;

    ReportPages(PlanReports reports, PlanQuery plans, KommunstyrelsenReports kommunstyrelsen, Snapshots snapshots,
            ReportJobs jobs, DocumentRenderer renderer, UnitReading units) {
        this.units = units;
        this.reports = reports;
        this.plans = plans;
        this.kommunstyrelsen = kommunstyrelsen;
        this.snapshots = snapshots;
        this.jobs = jobs;
        this.renderer = renderer;
    }

    @GetMapping("/reports")
    String index(Model model) {
        model.addAttribute("plans", plans.plans(null, null));
        model.addAttribute("areas", kommunstyrelsen.areaLinks().stream()
                .map(a -> Map.of("id", a.id(), "year", a.year(), "title", a.title())).toList());
        model.addAttribute("years", kommunstyrelsen.years());
        model.addAttribute("administrator", units.administrator());
        return "report/index";
    }

    @GetMapping("/reports/plans/{planId}")
    String plan(@PathVariable long planId, Model model) {
        return show(planId, null, model);
    }

    private String show(long planId, DomainException error, Model model) {
        PlanQuery.PlanView plan = plans.plan(planId);
        model.addAttribute("plan", plan);
        model.addAttribute("kinds", java.util.Arrays.stream(ReportKind.values())
                .map(k -> Map.of("slug", k.slug(), "title", k.title(plan.year()))).toList());
        model.addAttribute("versions", reports.versions(planId));
        model.addAttribute("error", error);
        return "report/plan";
    }

    @GetMapping("/reports/plans/{planId}/" + KIND + "." + EXT)
    ResponseEntity<byte[]> file(@PathVariable long planId, @PathVariable String kind, @PathVariable String ext,
            @RequestParam(required = false) String date) {
        PlanReports.Rendered rendered = reports.render(planId, ReportKind.ofSlug(kind), Format.of(ext),
                ReportDates.typed(date));
        return Downloads.of(rendered.fileName(), rendered.format(), rendered.content());
    }

    @PostMapping("/reports/plans/{planId}/" + KIND + "/jobs")
    String startJob(@PathVariable long planId, @PathVariable String kind, @RequestParam String format,
            @RequestParam(required = false) String date, Model model) {
        return job(jobs.start(reports.document(planId, ReportKind.ofSlug(kind), ReportDates.typed(date)),
                Format.of(format)), model);
    }

    @GetMapping("/reports/jobs/{id}")
    String job(@PathVariable String id, Model model) {
        return job(jobs.job(id), model);
    }

    /** The job as plain values for the template (the job type itself is internal to the module). */
    private static String job(ReportJobs.Job job, Model model) {
        model.addAttribute("job", Map.of("id", job.id(), "state", job.state().name(), "format", job.format().name(),
                "millis", job.millis(), "fileName", job.fileName()));
        return "report/fragments :: job";
    }

    @GetMapping("/reports/jobs/{id}/file")
    ResponseEntity<byte[]> jobFile(@PathVariable String id) {
        ReportJobs.Job job = jobs.job(id);
        if (job.state() != ReportJobs.State.DONE) {
            throw new se.vaksam.shared.NotFoundException("report.job.notFound");
        }
        return Downloads.of(job.fileName(), job.format(), job.content());
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/reports/plans/{planId}/" + KIND + "/send")
    String send(@PathVariable long planId, @PathVariable String kind,
            @RequestParam(required = false) String diaryNumber, @RequestParam(required = false) String date,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            if (diaryNumber != null && diaryNumber.strip().length() > 100) {
                throw new DomainException("report.send.error.diaryNumber");
            }
            List<Snapshots.Snapshot> sent = reports.send(planId, ReportKind.ofSlug(kind), diaryNumber,
                    ReportDates.typed(date));
            redirect.addFlashAttribute("sent", sent.get(0).label());
            return "redirect:/reports/plans/" + planId;
        } catch (DomainException e) {
            response.setStatus(422);
            return show(planId, e, model);
        }
    }

    /** The fragment the plan page loads: links to the reports and the sent versions. */
    @GetMapping("/reports/plans/{planId}/versions")
    String versions(@PathVariable long planId, Model model) {
        model.addAttribute("plan", plans.plan(planId));
        model.addAttribute("versions", reports.versions(planId));
        return "report/fragments :: versions";
    }

    @GetMapping("/reports/snapshots/{id}")
    ResponseEntity<byte[]> snapshot(@PathVariable long id) {
        Snapshots.StoredFile file = snapshots.file(id);
        return Downloads.of(file.snapshot().fileName(), file.snapshot().format(), file.content());
    }

    @GetMapping("/reports/common-review-areas/{areaId}." + EXT)
    ResponseEntity<byte[]> commonReviewArea(@PathVariable long areaId, @PathVariable String ext) {
        return rendered(kommunstyrelsen.commonReviewArea(areaId, null), Format.of(ext));
    }

    @GetMapping("/reports/self-assessments/{year}." + EXT)
    ResponseEntity<byte[]> selfAssessments(@PathVariable int year, @PathVariable String ext) {
        return rendered(kommunstyrelsen.selfAssessments(Bounds.year("year", year), null), Format.of(ext));
    }

    private ResponseEntity<byte[]> rendered(Doc doc, Format format) {
        return Downloads.of(format.fileName(doc.meta().title()), format, renderer.render(doc, format));
    }
}
