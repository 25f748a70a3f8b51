package se.vaksam.deviation.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.LocaleResolver;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.vaksam.deviation.DeviationKind;
import se.vaksam.deviation.DeviationManagement;
import se.vaksam.deviation.Deviations;
import se.vaksam.deviation.Drafts.PublicSubmission;
import se.vaksam.deviation.Drafts.Receipt;
import se.vaksam.deviation.ReporterKind;
import se.vaksam.shared.ProblemTypes;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

/** The public e-service as an API (no login), with the same limits as the form and an idempotency key. */
@Allowed(Capability.PUBLIC)
@RestController
@RequestMapping("/api/v1/public/complaints")
@Tag(name = "Klagomål och synpunkter (publik e-tjänst)")
class PublicComplaintApi {

    private final DeviationManagement management;
    private final Deviations deviations;
    private final SubmissionLimit limit;
    private final MessageSource messages;
    private final LocaleResolver locales;

    PublicComplaintApi(DeviationManagement management, Deviations deviations, SubmissionLimit limit,
            MessageSource messages, LocaleResolver locales) {
        this.management = management;
        this.deviations = deviations;
        this.limit = limit;
        this.messages = messages;
        this.locales = locales;
    }

    record ComplaintRequest(DeviationKind kind, Long unitId, ReporterKind reporterKind, String description,
            LocalDate occurredOn, String name, String contact, boolean consent) {
    }

    record ReceiptResponse(String caseNumber, boolean repeated) {
    }

    @GetMapping("/units")
    @Operation(summary = "Where a complaint can be directed")
    List<Deviations.PublicUnit> units() {
        return deviations.publicUnits();
    }

    @PostMapping
    @Operation(summary = "Submit a complaint or suggestion; the Idempotency-Key header stores it once")
    @ApiResponse(responseCode = "201", description = "Stored; the receipt names the case number",
            content = @Content(schema = @Schema(implementation = ReceiptResponse.class)))
    @ApiResponse(responseCode = "200", description = "Stored before under this Idempotency-Key; the same receipt",
            content = @Content(schema = @Schema(implementation = ReceiptResponse.class)))
    @ApiResponse(responseCode = "429", description = "Too many complaints from this address; try again later",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    ResponseEntity<?> submit(@RequestHeader(name = "Idempotency-Key", required = false) String key,
            @RequestBody ComplaintRequest body, HttpServletRequest request) {
        if (key != null && deviations.caseNumberOfSubmission(key).isPresent()) {
            return ResponseEntity.ok(new ReceiptResponse(deviations.caseNumberOfSubmission(key).get(), true));
        }
        if (!limit.tryAcquire(request.getRemoteAddr())) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                    messages.getMessage("deviation.public.busy.text", null, locales.resolveLocale(request)));
            problem.setType(ProblemTypes.of("too-many-requests"));
            problem.setProperty("messageKey", "deviation.public.busy.text");
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header("Retry-After", Long.toString(limit.retryAfterSeconds())).body(problem);
        }
        Receipt receipt = management.submitPublic(new PublicSubmission(body.kind(), body.unitId(), body.reporterKind(),
                body.description(), body.occurredOn(), body.name(), body.contact(), body.consent(), key));
        ReceiptResponse answer = new ReceiptResponse(receipt.caseNumber(), receipt.repeated());
        return receipt.repeated() ? ResponseEntity.ok(answer)
                : ResponseEntity.created(URI.create("/api/v1/public/complaints/" + receipt.caseNumber())).body(answer);
    }
}
