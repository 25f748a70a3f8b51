package se.vaksam.check.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import se.vaksam.check.LogReviewOutcome;
import se.vaksam.check.LogReviews;
import se.vaksam.security.AccessLogQuery;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

@Allowed(Capability.SIGNED_IN)
@RestController
@RequestMapping("/api/v1/log-reviews")
@Tag(name = "Logguppföljning", description = "Systematisk logguppföljning av Vaksams åtkomstlogg och registret "
        + "över loggkontroller (även Lifecare, Journal Digital)")
class LogReviewApi {

    private final LogReviews reviews;

    LogReviewApi(LogReviews reviews) {
        this.reviews = reviews;
    }

    record StartRequest(Long unitId, YearMonth month, Integer percent, Long seed) {
    }

    record MarkRequest(LogReviewOutcome outcome, String comment, Integer version) {
    }

    record RegisterRequest(String diaryNumber, Integer version) {
    }

    record CheckRequest(String system, Long unitId, LocalDate periodFrom, LocalDate periodTo, String result,
            String diaryNumber) {
    }

    @GetMapping
    @Operation(summary = "Logguppföljningar i enheter du får läsa")
    List<LogReviews.Review> list() {
        return reviews.reviews();
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(summary = "Starta månadens logguppföljning: stickprov (percent, standard 10) av enhetens läsare")
    ResponseEntity<LogReviews.Review> start(@RequestBody StartRequest request) {
        if (request.unitId() == null || request.month() == null) {
            throw new DomainException("check.import.error.noUnit");
        }
        long id = reviews.start(request.unitId(), request.month(), request.percent() == null ? 10 : request.percent(),
                request.seed());
        return ResponseEntity.created(URI.create("/api/v1/log-reviews/" + id)).body(reviews.review(id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "En logguppföljning med utvalda användare och bedömningar")
    LogReviews.Review one(@PathVariable long id) {
        return reviews.review(id);
    }

    @GetMapping("/{id}/users/{username}/reads")
    @Operation(summary = "En utvald användares läsningar under perioden")
    List<AccessLogQuery.Read> reads(@PathVariable long id, @PathVariable String username) {
        return reviews.readsOf(id, username);
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PutMapping("/{id}/users/{username}")
    @Operation(summary = "Bedöm en utvald användare: NO_REMARKS eller DEVIATION (med beskrivning; öppnar en avvikelse)")
    LogReviews.Review mark(@PathVariable long id, @PathVariable String username, @RequestBody MarkRequest request) {
        if (request.version() == null) {
            throw new DomainException("check.api.versionRequired");
        }
        reviews.mark(id, username, request.outcome(), request.comment(), request.version());
        return reviews.review(id);
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/{id}/registration")
    @Operation(summary = "Diarieför den färdiga logguppföljningen i registret över loggkontroller")
    LogReviews.Review register(@PathVariable long id, @RequestBody RegisterRequest request) {
        if (request.version() == null) {
            throw new DomainException("check.api.versionRequired");
        }
        reviews.register(id, request.diaryNumber(), request.version());
        return reviews.review(id);
    }

    @GetMapping("/checks")
    @Operation(summary = "Registrerade loggkontroller (alla system)")
    List<LogReviews.LogCheck> checks() {
        return reviews.checks();
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/checks")
    @Operation(summary = "Registrera en loggkontroll gjord i ett annat system (Lifecare, Journal Digital …)")
    ResponseEntity<List<LogReviews.LogCheck>> registerCheck(@RequestBody CheckRequest request) {
        if (request.unitId() == null) {
            throw new DomainException("check.import.error.noUnit");
        }
        reviews.registerCheck(request.system(), request.unitId(), request.periodFrom(), request.periodTo(),
                request.result(), request.diaryNumber());
        return ResponseEntity.status(201).body(reviews.checks());
    }

    @GetMapping("/yearly-counts")
    @Operation(summary = "Antal diarieförda loggkontroller per år")
    List<LogReviews.YearCount> yearly() {
        return reviews.yearlyCounts();
    }
}
