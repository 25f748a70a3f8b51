package se.vaksam.check.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.vaksam.check.Duties;

@RestController
@RequestMapping("/api/v1/recurring-duties")
@Tag(name = "Årshjul", description = "Återkommande uppgifter och egenkontroller med regel och målgrupp")
class DutyApi {

    private final Duties duties;

    DutyApi(Duties duties) {
        this.duties = duties;
    }

    record DutyRequest(String title, se.vaksam.check.DutyRule rule, Integer dayOfMonth, Integer monthOfYear,
            Integer daysBefore, String targetRole, Long unitId, Boolean selfInspection) {

        Duties.DutyDraft draft() {
            if (unitId == null) {
                throw new se.vaksam.shared.DomainException("check.import.error.noUnit");
            }
            return new Duties.DutyDraft(title, rule, dayOfMonth == null ? 1 : dayOfMonth, monthOfYear,
                    daysBefore == null ? 0 : daysBefore, targetRole, unitId, Boolean.TRUE.equals(selfInspection));
        }
    }

    record CompletionRequest(LocalDate dueOn, String result) {
    }

    @GetMapping
    @Operation(summary = "Återkommande uppgifter i enheter du får läsa")
    List<Duties.Duty> list() {
        return duties.duties();
    }

    @PostMapping
    @Operation(summary = "Lägg till en uppgift: rule MONTHLY, YEARLY (monthOfYear) eller BEFORE_TERTIAL (daysBefore); "
            + "målgrupp targetRole × unitId med underenheter")
    ResponseEntity<Duties.Duty> create(@RequestBody DutyRequest request) {
        long id = duties.create(request.draft());
        return ResponseEntity.created(URI.create("/api/v1/recurring-duties/" + id)).body(duties.duty(id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "En uppgift med genomföranden")
    Duties.Duty one(@PathVariable long id) {
        return duties.duty(id);
    }

    @GetMapping("/occurrences")
    @Operation(summary = "Förfallodagar i perioden from–to, klara eller inte")
    List<Duties.Occurrence> occurrences(@RequestParam LocalDate from, @RequestParam LocalDate to) {
        return duties.occurrences(from, to);
    }

    @GetMapping("/overdue")
    @Operation(summary = "Försenade: förfallodagar före i dag som ingen markerat som klara")
    List<Duties.Occurrence> overdue() {
        return duties.overdue();
    }

    @PostMapping("/{id}/completions")
    @Operation(summary = "Markera en förfallodag som klar; en egenkontroll kräver resultat")
    ResponseEntity<Duties.Duty> complete(@PathVariable long id, @RequestBody CompletionRequest request) {
        duties.complete(id, request.dueOn(), request.result());
        return ResponseEntity.status(201).body(duties.duty(id));
    }
}
