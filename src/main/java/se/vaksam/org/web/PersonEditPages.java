package se.vaksam.org.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.vaksam.org.OrgDirectory;
import se.vaksam.org.OrgManagement;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.ForbiddenException;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

/** "Ny person" and "Ändra personuppgifter". */
@Allowed(Capability.CHANGE_RECORDS)
@Controller
class PersonEditPages {

    static final Map<String, String> FIELDS = Map.of("username", "username", "givenName", "givenName",
            "familyName", "familyName", "role", "role", "validFrom", "validFrom", "placementDates", "validTo");

    private final OrgDirectory directory;
    private final OrgManagement management;
    private final PersonPageView view;

    PersonEditPages(OrgDirectory directory, OrgManagement management, PersonPageView view) {
        this.directory = directory;
        this.management = management;
        this.view = view;
    }

    @GetMapping("/people/new")
    String newPerson(Model model) {
        requireMayCreate();
        return view.renderNew(NewPersonForm.startingOn(view.today()), List.of(), model);
    }

    @PostMapping("/people")
    String create(@ModelAttribute NewPersonForm form, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        requireMayCreate();
        List<FormError> errors = new ArrayList<>();
        OrgManagement.PlacementDraft placement = form.check(view.mayCreateUnplaced(), errors);
        if (errors.isEmpty()) {
            try {
                long id = management.createPerson(form.details(), placement, form.reason());
                if (startsLater(placement) && !view.mayCreateUnplaced()) {
                    // not placed today: the person is out of a chef's sight until the placement starts
                    redirect.addFlashAttribute("notice", "org.person.createdFuture");
                    return "redirect:/org/units/" + placement.unitId();
                }
                redirect.addFlashAttribute("notice", "org.person.created");
                return "redirect:/people/" + id;
            } catch (DomainException e) {
                errors = List.of(FormError.of(e, FIELDS, "username"));
            }
        }
        response.setStatus(422);
        return view.renderNew(form, errors, model);
    }

    @PostMapping("/people/{id}")
    String edit(@PathVariable long id, @ModelAttribute("personForm") PersonForm form, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        OrgDirectory.PersonCard person = directory.person(id);
        if (!person.editable()) {
            throw new ForbiddenException();
        }
        List<FormError> errors = form.check();
        if (errors.isEmpty()) {
            try {
                management.editPerson(id, form.details(person.username()),
                        form.version() == null ? -1 : form.version(), form.reason());
                redirect.addFlashAttribute("notice", "org.person.saved");
                return "redirect:/people/" + id;
            } catch (DomainException e) {
                errors = List.of(FormError.of(e, FIELDS, "givenName"));
            } catch (OptimisticLockingFailureException e) {
                OrgDirectory.PersonCard saved = directory.person(id);
                model.addAttribute("personForm", form.withVersion(saved.version()));
                response.setStatus(409);
                return view.render(saved, List.of(new FormError("givenName", "org.person.conflict")), model);
            }
        }
        response.setStatus(422);
        return view.render(person, errors, model);
    }

    /** A person changes their own e-mail address (their other details are the administrators'). */
    @Allowed(Capability.SIGNED_IN) // one's own e-mail; PersonScope refuses anyone else's
    @PostMapping("/people/{id}/email")
    String editOwnEmail(@PathVariable long id, @RequestParam(required = false) String email,
            @RequestParam(required = false) Integer version, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        OrgDirectory.PersonCard person = directory.person(id);
        if (!person.ownEmailEditable() && !person.editable()) {
            throw new ForbiddenException();
        }
        management.editPerson(id, new OrgManagement.PersonDetails(person.username(), person.givenName(),
                person.familyName(), email == null || email.isBlank() ? null : email.strip(), person.title(),
                person.confidential()), version == null ? -1 : version, reason);
        redirect.addFlashAttribute("notice", "org.person.saved");
        return "redirect:/people/" + id;
    }

    private boolean startsLater(OrgManagement.PlacementDraft placement) {
        return placement != null && placement.from() != null && placement.from().isAfter(view.today());
    }

    private void requireMayCreate() {
        if (!view.mayCreatePeople()) {
            throw new ForbiddenException();
        }
    }
}
