package se.vaksam.security;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.vaksam.org.OrgQuery;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

/** <em>Mitt konto</em>: who you are, your roles at your units, and your personal API tokens. */
@Allowed(Capability.SIGNED_IN)
@Controller
class AccountController {

    private final OrgQuery org;
    private final Grants grants;
    private final ApiTokens tokens;
    private final LocalAccounts accounts;
    private final Clock clock;

    AccountController(OrgQuery org, Grants grants, ApiTokens tokens, LocalAccounts accounts, Clock clock) {
        this.org = org;
        this.grants = grants;
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping("/account")
    String account(Authentication auth, Model model) {
        String username = VaksamPrincipal.usernameOf(auth);
        model.addAttribute("username", username);
        model.addAttribute("person", org.person(username).orElse(null));
        model.addAttribute("grants", grants.of(username, VaksamPrincipal.claimsOf(auth)).stream()
                .map(this::row)
                .sorted(Comparator.comparing(RoleAt::role))
                .toList());
        model.addAttribute("tokens", tokens.tokensOf(username).stream().map(this::row).toList());
        model.addAttribute("localAccount", accounts.byUsername(username).isPresent());
        return "security/account";
    }

    /** Changes the signed-in person's own password; the current one must be given. */
    @PostMapping("/account/password")
    String changePassword(Authentication auth, @RequestParam(defaultValue = "") String current,
            @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String repeat,
            RedirectAttributes redirect) {
        try {
            if (!password.equals(repeat)) {
                throw new DomainException("account.error.passwordsDiffer");
            }
            accounts.changeOwnPassword(VaksamPrincipal.usernameOf(auth), current, password);
            redirect.addFlashAttribute("passwordChanged", true);
        } catch (DomainException e) {
            redirect.addFlashAttribute("passwordError", e.getMessage());
        }
        return "redirect:/account";
    }

    @PostMapping("/account/tokens")
    String issue(Authentication auth, @RequestParam String name, @RequestParam(required = false) String expires,
            RedirectAttributes redirect) {
        try {
            String token = tokens.issue(VaksamPrincipal.usernameOf(auth), name, expiryOf(expires));
            redirect.addFlashAttribute("newToken", token);
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            redirect.addFlashAttribute("name", name);
            redirect.addFlashAttribute("expires", expires);
        }
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(Authentication auth, @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes redirect) {
        if (!confirmed) {
            redirect.addFlashAttribute("confirmError", "confirm.missing");
            return "redirect:/account";
        }
        try {
            tokens.revoke(VaksamPrincipal.usernameOf(auth), id);
            redirect.addFlashAttribute("revoked", true);
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/account";
    }

    /** A token given an end date is valid through that whole day, Swedish time. */
    private OffsetDateTime expiryOf(String expires) {
        if (expires == null || expires.isBlank()) {
            return null;
        }
        LocalDate last;
        try {
            last = LocalDate.parse(expires.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException("token.error.expiryInvalid");
        }
        if (last.isBefore(LocalDate.now(clock))) {
            throw new DomainException("token.error.expiryInPast");
        }
        return last.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
    }

    private RoleAt row(Grant grant) {
        String unit = grant.unitId() == null ? null
                : org.unit(grant.unitId()).map(OrgQuery.UnitView::name).orElse(null);
        return new RoleAt(grant.role().name(), unit);
    }

    private TokenRow row(ApiTokens.TokenView token) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String status = token.revokedAt() != null ? "revoked"
                : token.expiresAt() != null && !token.expiresAt().isAfter(now) ? "expired" : "active";
        LocalDate validThrough = token.expiresAt() == null ? null
                : local(token.expiresAt().minusSeconds(1)).toLocalDate();
        return new TokenRow(token.id(), token.name(), local(token.createdAt()), validThrough,
                local(token.lastUsedAt()), status);
    }

    private ZonedDateTime local(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(clock.getZone());
    }

    record RoleAt(String role, String unitName) {
    }

    record TokenRow(long id, String name, ZonedDateTime created, LocalDate validThrough, ZonedDateTime lastUsed,
            String status) {

        public boolean active() {
            return "active".equals(status);
        }
    }
}
