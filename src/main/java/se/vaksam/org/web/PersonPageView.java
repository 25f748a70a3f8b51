package se.vaksam.org.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import se.vaksam.org.OrgDirectory;
import se.vaksam.shared.Access;
import se.vaksam.shared.GrantRules;

/**
 * Fills the person page: details, placements, history, and the forms the reader may use
 * (change details, add a placement at a unit they may change, end such a placement).
 */
@Component
class PersonPageView {

    private final OrgDirectory directory;
    private final PersonHistory history;
    private final Access access;
    private final MessageSource messages;
    private final Clock clock;
    private final GrantRules grantRules;

    PersonPageView(OrgDirectory directory, PersonHistory history, Access access, MessageSource messages, Clock clock,
            GrantRules grantRules) {
        this.directory = directory;
        this.history = history;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
        this.grantRules = grantRules;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Whether the reader may create people placed nowhere (administrator, internal-control coordinator). */
    boolean mayCreateUnplaced() {
        return directory.mayManageUnplaced();
    }

    boolean mayCreatePeople() {
        return mayCreateUnplaced() || !access.current().writableUnitIds().isEmpty();
    }

    List<FormOption> unitOptions() {
        return FormOption.units(directory.writableUnits());
    }

    List<FormOption> roleOptions() {
        return FormOption.roles(grantRules::mayGrantSomewhere);
    }

    /**
     * The person's placements one may end: at a unit one may change, not ended before today, and not one's own
     * (nobody ends their own placements).
     */
    List<FormOption> endOptions(OrgDirectory.PersonCard person) {
        LocalDate today = today();
        boolean self = person.username().equals(access.current().username());
        return person.placements().stream()
                .filter(p -> !self && p.unitWritable() && (p.validTo() == null || !p.validTo().isBefore(today)))
                .map(p -> new FormOption(Long.toString(p.id()), messages.getMessage("org.person.end.option",
                        new Object[] {p.unitCode(), p.unitName(), messages.getMessage("org.role." + p.role(), null,
                                LocaleContextHolder.getLocale()), p.validFrom()}, LocaleContextHolder.getLocale()), null))
                .toList();
    }

    /** The page with the forms the model does not hold yet in their initial state. */
    String render(OrgDirectory.PersonCard person, List<FormError> errors, Model model) {
        if (!model.containsAttribute("personForm")) {
            model.addAttribute("personForm", PersonForm.of(person));
        }
        if (!model.containsAttribute("placementForm")) {
            model.addAttribute("placementForm", PlacementForm.startingOn(today()));
        }
        if (!model.containsAttribute("endForm")) {
            model.addAttribute("endForm", EndPlacementForm.on(today()));
        }
        model.addAttribute("person", person);
        model.addAttribute("errors", errors);
        model.addAttribute("errorsByField", FormError.byField(errors));
        model.addAttribute("unitOptions", unitOptions());
        model.addAttribute("roleOptions", roleOptions());
        model.addAttribute("endOptions", endOptions(person));
        model.addAttribute("historyEntries", history.ofPerson(person));
        model.addAttribute("placementHistory", history.ofPlacements(person));
        return "org/person";
    }

    /** The new-person page. */
    String renderNew(NewPersonForm form, List<FormError> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("errorsByField", FormError.byField(errors));
        model.addAttribute("unitOptions", unitOptions());
        model.addAttribute("roleOptions", roleOptions());
        model.addAttribute("placementOptional", mayCreateUnplaced());
        return "org/person-new";
    }
}
