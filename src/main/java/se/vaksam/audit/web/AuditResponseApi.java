package se.vaksam.audit.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import se.vaksam.audit.AnswerDraft;
import se.vaksam.audit.AuditManagement;
import se.vaksam.audit.AuditQuery;
import se.vaksam.audit.ResponseDraft;
import se.vaksam.shared.Required;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

@Allowed(Capability.SIGNED_IN)
@RestController
@RequestMapping("/api/v1/audit-responses")
@Tag(name = "Yttranden", description = "Nämndens yttrande över en granskning: sidhuvud, sammanfattning, svar per delområde, underskrifter, reservationer")
class AuditResponseApi {

    private final AuditQuery audits;
    private final AuditManagement management;

    AuditResponseApi(AuditQuery audits, AuditManagement management) {
        this.audits = audits;
        this.management = management;
    }

    /** The yttrande: its frame (null until begun) and the sub-areas with their answers. */
    record ResponseBody(AuditQuery.ResponseView response, List<AuditQuery.AreaView> areas) {
    }

    @GetMapping("/{reviewId}")
    @Operation(summary = "Yttrandet över granskningen (reviewId) med svaren per delområde")
    ResponseBody response(@PathVariable long reviewId) {
        return new ResponseBody(audits.response(reviewId).orElse(null), audits.review(reviewId).areas());
    }

    record SaveRequest(ResponseDraft response, Integer version) {

        SaveRequest {
            Required.field(response, "response");
        }
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PutMapping("/{reviewId}")
    @Operation(summary = "Spara yttrandets sidhuvud (Datum, Adress, Diarienummer, Till), sammanfattning, förslag, underskrifter och reservationer")
    ResponseBody save(@PathVariable long reviewId, @RequestBody SaveRequest request) {
        management.saveResponse(reviewId, request.response(), AuditPaths.version(request.version()));
        return response(reviewId);
    }

    record AnswerRequest(AnswerDraft answer, Integer version) {

        AnswerRequest {
            Required.field(answer, "answer");
        }
    }

    @PutMapping("/areas/{areaId}")
    @Operation(summary = "Nämndens svar för ett delområde: genomförda åtgärder, effekter, planerade åtgärder (samordnaren eller den som fått delområdet)")
    AuditQuery.AreaView answer(@PathVariable long areaId, @RequestBody AnswerRequest request) {
        management.answer(areaId, request.answer(), AuditPaths.version(request.version()));
        return area(areaId);
    }

    record AssignRequest(String username) {
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PutMapping("/areas/{areaId}/assignee")
    @Operation(summary = "Ge ett delområde till en person att skriva svaret (syns under Mina uppgifter); tomt tar bort")
    AuditQuery.AreaView assign(@PathVariable long areaId, @RequestBody AssignRequest request) {
        management.assign(areaId, request.username());
        return area(areaId);
    }

    private AuditQuery.AreaView area(long areaId) {
        return audits.reviews(null).stream().flatMap(r -> r.areas().stream()).filter(a -> a.id() == areaId)
                .findFirst().orElseThrow();
    }
}
