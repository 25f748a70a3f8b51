package se.vaksam.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.vaksam.shared.Access;
import se.vaksam.shared.AccessScope;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

@Allowed(Capability.SIGNED_IN)
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Konto", description = "Den inloggade personen och dess behörighet")
class MeApi {

    private final Access access;

    MeApi(Access access) {
        this.access = access;
    }

    @GetMapping
    @Operation(summary = "Vem är inloggad, med vilka roller och vilka enheter personen når")
    Me me() {
        AccessScope scope = access.current();
        return new Me(scope.username(), scope.personId(), scope.administrator(),
                scope.roles().stream().sorted().toList(),
                scope.readableUnitIds().stream().sorted().toList(),
                scope.writableUnitIds().stream().sorted().toList());
    }

    record Me(String username, Long personId, boolean administrator, List<String> roles,
            List<Long> readableUnitIds, List<Long> writableUnitIds) {
    }
}
