package se.vaksam.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.Required;

/** The self-assessment chapter's texts of a plan's annual report over the API. */
@Allowed(Capability.SIGNED_IN)
@RestController
@RequestMapping("/api/v1/reports/plans/{planId}/self-assessment-texts")
@Tag(name = "Rapporter")
class SelfAssessmentTextApi {

    private final SelfAssessmentTextEditing editing;

    SelfAssessmentTextApi(SelfAssessmentTextEditing editing) {
        this.editing = editing;
    }

    @Schema(name = "ReportSelfAssessmentAreaText", description = "Ett områdes text i årsrapportens "
            + "självskattningskapitel (null när ingen text är skriven)")
    record AreaText(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String area, String narrative) {

        AreaText {
            Required.field(area, "area");
        }
    }

    @Schema(name = "ReportSelfAssessmentTexts")
    record Texts(long planId, long committeeId, int year, boolean compareLastYear, List<AreaText> areas,
            int version, boolean writable) {

        static Texts of(SelfAssessmentTextEditing.View view) {
            return new Texts(view.plan().id(), view.plan().committeeId(), view.plan().year(),
                    view.texts().compareLastYear(), view.areas().stream()
                            .map(a -> new AreaText(a, view.texts().narratives().get(a))).toList(),
                    view.texts().version(), view.plan().manageable());
        }
    }

    @Schema(name = "ReportSelfAssessmentTextsChange", description = "Nämndens texter för årsrapportens "
            + "självskattningskapitel; områden som utelämnas blir utan text")
    record Change(Boolean compareLastYear, List<AreaText> areas,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer version) {

        Change {
            Required.field(version, "version");
        }
    }

    @GetMapping
    @Operation(operationId = "reportSelfAssessmentTexts", summary = "Texterna i årsrapportens "
            + "självskattningskapitel: en text per område i nämndens självskattning för planens år och om förra "
            + "årets bedömning visas bredvid årets")
    Texts texts(@PathVariable long planId) {
        return Texts.of(editing.view(planId));
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PutMapping
    @Operation(operationId = "saveReportSelfAssessmentTexts", summary = "Spara texterna i årsrapportens "
            + "självskattningskapitel (kräver rätt att förvalta planen); ange versionen du läste (409 om någon "
            + "hunnit ändra, 0 för ett år utan texter)")
    Texts save(@PathVariable long planId, @RequestBody Change change) {
        List<AreaText> areas = change.areas() == null ? List.of() : change.areas();
        if (areas.size() > SelfAssessmentTexts.MAX_AREAS) {
            throw new DomainException("report.selfAssessmentTexts.error.tooMany", SelfAssessmentTexts.MAX_AREAS);
        }
        Map<String, String> narratives = new LinkedHashMap<>();
        areas.forEach(a -> narratives.put(a.area(), a.narrative()));
        return Texts.of(editing.save(planId, Boolean.TRUE.equals(change.compareLastYear()), narratives,
                change.version()));
    }
}
