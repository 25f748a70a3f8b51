package se.vaksam.security;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.vaksam.history.HistoryQuery;
import se.vaksam.org.OrgQuery;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;
import se.vaksam.shared.Choice;

/**
 * <em>Konton</em>: the system administrator's pages for local accounts (only the administrator
 * reaches {@code /admin/**}, enforced in {@link SecurityConfiguration}). Passwords are never
 * shown or sent back to the form.
 */
@Allowed(Capability.ADMINISTER_SYSTEM)
@Controller
@RequestMapping("/admin/accounts")
class AccountAdminController {

    private final LocalAccounts accounts;
    private final OrgQuery org;
    private final HistoryQuery history;
    private final SignedInSessions sessions;
    private final Clock clock;

    AccountAdminController(LocalAccounts accounts, OrgQuery org, HistoryQuery history, SignedInSessions sessions,
            Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.org = org;
        this.history = history;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        List<LocalAccounts.Account> all = accounts.all();
        Map<String, OrgQuery.PersonView> people = org.peopleByUsername(
                all.stream().map(LocalAccounts.Account::username).toList());
        model.addAttribute("accounts", all.stream().map(a -> row(a, people.get(a.username()))).toList());
        Object chosen = model.getAttribute("username");
        if (chosen instanceof String username && people.containsKey(username)) {
            model.addAttribute("usernameLabel", people.get(username).fullName());
        }
        return "security/accounts";
    }

    /** The people picker of the new-account form: people of the organisation by a part of their name. */
    @GetMapping(path = "/people", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<Choice> people(@RequestParam(defaultValue = "") String q) {
        return PersonChoices.search(org, q);
    }

    @PostMapping
    String create(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
            RedirectAttributes redirect) {
        try {
            long id = accounts.create(username, password);
            redirect.addFlashAttribute("created", true);
            return "redirect:/admin/accounts/" + id;
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            redirect.addFlashAttribute("username", username);
            return "redirect:/admin/accounts";
        }
    }

    @GetMapping("/{id}")
    String account(@PathVariable long id, Authentication auth, Model model) {
        LocalAccounts.Account found = accounts.get(id);
        AccountRow account = row(found, org.person(found.username()).orElse(null));
        model.addAttribute("account", account);
        model.addAttribute("own", account.username().equals(VaksamPrincipal.usernameOf(auth)));
        model.addAttribute("historyEntries", history.historyOf(LocalAccounts.RECORD_TYPE, Long.toString(id)));
        return "security/account-admin";
    }

    @PostMapping("/{id}/enabled")
    String enabled(@PathVariable long id, @RequestParam boolean enabled,
            @RequestParam(defaultValue = "false") boolean confirmed, Authentication auth, RedirectAttributes redirect) {
        if (!enabled && accounts.get(id).username().equals(VaksamPrincipal.usernameOf(auth))) {
            redirect.addFlashAttribute("error", "account.error.disableSelf");
        } else if (!enabled && !confirmed) {
            redirect.addFlashAttribute("confirmError", "confirm.missing");
        } else {
            accounts.setEnabled(id, enabled);
            if (!enabled) {
                sessions.endAllOf(accounts.get(id).username());
            }
            redirect.addFlashAttribute("done", enabled ? "accounts.enabled.done" : "accounts.disabled.done");
        }
        return "redirect:/admin/accounts/" + id;
    }

    @PostMapping("/{id}/password")
    String password(@PathVariable long id, @RequestParam(defaultValue = "") String password,
            RedirectAttributes redirect) {
        try {
            accounts.setPassword(id, password);
            redirect.addFlashAttribute("done", "accounts.password.done");
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/accounts/" + id;
    }

    private AccountRow row(LocalAccounts.Account account, OrgQuery.PersonView person) {
        return new AccountRow(account.id(), account.username(), person == null ? null : person.fullName(),
                person == null ? null : person.id(), account.enabled(),
                account.createdAt().atZoneSameInstant(clock.getZone()));
    }

    record AccountRow(long id, String username, String personName, Long personId, boolean enabled,
            ZonedDateTime created) {
    }
}
