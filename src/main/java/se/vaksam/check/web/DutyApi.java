package se.vaksam.check.web;

import java.net.URI;
import java.time.LocalDate;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import se.vaksam.check.Duties;
import se.vaksam.shared.Bounds;
import se.vaksam.shared.Required;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

@Allowed(Capability.SIGNED_IN)
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

    record UpdateRequest(DutyRequest duty, Integer version) {

        UpdateRequest {
            Required.field(duty, "duty");
        }
    }

    record ActiveRequest(Boolean active, Integer version) {
    }

    @GetMapping
    @Operation(summary = "Återkommande uppgifter i enheter du får läsa")
    List<Duties.Duty> list() {
        return duties.duties();
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @ResponseStatus(HttpStatus.CREATED)
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

    @Allowed(Capability.CHANGE_RECORDS)
    @PutMapping("/{id}")
    @Operation(summary = "Ändra uppgiftens rubrik, regel, målgruppens roll och enhet (inte om den är en egenkontroll); "
            + "409 om någon hunnit ändra")
    Duties.Duty update(@PathVariable long id, @RequestBody UpdateRequest request) {
        if (request.duty() == null || request.version() == null) {
            throw new se.vaksam.shared.DomainException("check.api.versionRequired");
        }
        Duties.DutyDraft draft = request.duty().draft();
        duties.update(id, new Duties.DutyDraft(draft.title(), draft.rule(), draft.dayOfMonth(), draft.monthOfYear(),
                draft.daysBefore(), draft.targetRole(), draft.unitId(), duties.duty(id).selfInspection()),
                request.version());
        return duties.duty(id);
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PutMapping("/{id}/active")
    @Operation(summary = "Inaktivera (active=false) eller ta upp igen (active=true); en inaktiverad uppgift behåller "
            + "genomföranden och historik men påminns inte och visas inte i årshjulet")
    Duties.Duty setActive(@PathVariable long id, @RequestBody ActiveRequest request) {
        if (request.active() == null || request.version() == null) {
            throw new se.vaksam.shared.DomainException("check.api.versionRequired");
        }
        duties.setActive(id, request.active(), request.version());
        return duties.duty(id);
    }

    @GetMapping("/inactive")
    @Operation(summary = "Inaktiverade uppgifter i enheter du får läsa")
    List<Duties.Duty> inactive() {
        return duties.inactiveDuties();
    }

    @GetMapping("/occurrences")
    @Operation(summary = "Förfallodagar i perioden from–to, klara eller inte; perioden omfattar högst "
            + Bounds.MAX_SPAN_DAYS + " dagar (422 annars)")
    List<Duties.Occurrence> occurrences(@RequestParam LocalDate from, @RequestParam LocalDate to) {
        return duties.occurrences(from, to);
    }

    @GetMapping("/overdue")
    @Operation(summary = "Försenade: förfallodagar före i dag som ingen markerat som klara")
    List<Duties.Occurrence> overdue() {
        return duties.overdue();
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{id}/completions")
    @Operation(summary = "Markera en förfallodag som klar; en egenkontroll kräver resultat")
    ResponseEntity<Duties.Duty> complete(@PathVariable long id, @RequestBody CompletionRequest request) {
        duties.complete(id, request.dueOn(), request.result());
        return ResponseEntity.status(201).body(duties.duty(id));
    }
}
