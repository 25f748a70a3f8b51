package se.vaksam.plan.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import se.vaksam.plan.CommonReviewAreas;
import se.vaksam.plan.CommonReviewDecision;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

@Allowed(Capability.SIGNED_IN)
@RestController
@RequestMapping("/api/v1/common-review-areas")
@Tag(name = "Kommungemensamma granskningsområden",
        description = "Kommunstyrelsens årliga beslut om gemensamma granskningsområden, bilagor och nämndernas resultat")
class CommonReviewAreaApi {

    private final CommonReviewAreas areas;

    CommonReviewAreaApi(CommonReviewAreas areas) {
        this.areas = areas;
    }

    @GetMapping
    @Operation(summary = "Kommunstyrelsens beslut, senaste året först, med områden och bilagor")
    List<CommonReviewDecision> list() {
        return areas.decisions();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Ett beslut med områden, anvisningar och bilagor")
    CommonReviewDecision decision(@PathVariable long id) {
        return areas.decision(id);
    }

    record AreaRequest(String title, String instructions) {
    }

    record DecisionRequest(Integer year, LocalDate decidedOn, String paragraph, String diaryNumber,
            List<AreaRequest> areas, Integer version) {

        CommonReviewDecision.Draft draft() {
            if (year == null) {
                throw new DomainException("plan.common.error.required");
            }
            return new CommonReviewDecision.Draft(year, decidedOn, paragraph, diaryNumber, areas == null ? List.of()
                    : areas.stream().map(a -> new CommonReviewDecision.AreaDraft(a.title(), a.instructions())).toList());
        }
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(summary = "Registrera kommunstyrelsens beslut för ett år; varje nämnds plan för året får en "
            + "kommungemensam granskning per område (systemförvaltare eller skrivbehörig i kommunstyrelsen)")
    ResponseEntity<CommonReviewDecision> register(@RequestBody DecisionRequest request) {
        long id = areas.register(request.draft());
        return ResponseEntity.created(URI.create("/api/v1/common-review-areas/" + id)).body(areas.decision(id));
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PutMapping("/{id}")
    @Operation(summary = "Ändra beslutet; områden matchas på ordning, nya läggs till i planerna, inget kan tas bort; "
            + "ange versionen du läste (409 om någon hunnit ändra)")
    CommonReviewDecision update(@PathVariable long id, @RequestBody DecisionRequest request) {
        if (request.version() == null) {
            throw new DomainException("plan.common.error.versionRequired");
        }
        areas.update(id, request.version(), request.draft());
        return areas.decision(id);
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Bifoga en fil (högst 10 MB) till beslutet, eller till ett område med areaId")
    ResponseEntity<CommonReviewDecision> attach(@PathVariable long id, @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) Long areaId) {
        try {
            areas.attach(id, areaId, file.getOriginalFilename(), file.getContentType(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.status(201).body(areas.decision(id));
    }

    @GetMapping("/attachments/{attachmentId}")
    @Operation(summary = "Hämta en bilaga")
    ResponseEntity<byte[]> attachment(@PathVariable long attachmentId) {
        return Downloads.of(areas.attachment(attachmentId));
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/attachments/{attachmentId}")
    @Operation(summary = "Ta bort en bilaga")
    ResponseEntity<Void> removeAttachment(@PathVariable long attachmentId) {
        areas.removeAttachment(attachmentId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/areas/{areaId}/results")
    @Operation(summary = "Nämndernas resultat för ett område sida vid sida (kommunstyrelsen ser alla, en nämnd sin egen)")
    List<CommonReviewDecision.CommitteeResult> results(@PathVariable long areaId) {
        return areas.results(areaId);
    }
}
