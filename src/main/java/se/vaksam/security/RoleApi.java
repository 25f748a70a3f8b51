package se.vaksam.security;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

/** The roles a person can be placed in, with how far each reaches: the values placements take. */
@Allowed(Capability.SIGNED_IN)
@RestController
@RequestMapping("/api/v1/roles")
@Tag(name = "Roller", description = "Rollerna en person kan ha vid en enhet och hur långt de når")
class RoleApi {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private final MessageSource messages;

    RoleApi(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * A role: its code (as placements and {@code /api/v1/me} give it), its Swedish name, how far reading and
     * changing reach from the unit it is held at, and whether it held at a förvaltning also manages the committee's
     * records (internal-control plan, self-assessment).
     */
    record RoleView(String code, String name, Role.Reach read, Role.Reach write, boolean committeeLevel) {
    }

    @GetMapping
    @Operation(summary = "Alla roller (en fast lista om tolv), med svenskt namn, läs- och ändringsräckvidd och om "
            + "rollen på en förvaltning även förvaltar nämndens internkontrollplan")
    List<RoleView> list() {
        return Arrays.stream(Role.values()).map(r -> new RoleView(r.name(),
                messages.getMessage("role." + r.name(), null, SWEDISH), r.read(), r.write(), r.committeeLevel()))
                .toList();
    }
}
