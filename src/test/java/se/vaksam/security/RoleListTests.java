package se.vaksam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import se.vaksam.org.PlacementRole;

/**
 * The organisation stores placements with a role name; security decides what each role may
 * do. The two lists must name exactly the same roles, or a placement would grant nothing.
 */
class RoleListTests {

    @Test
    void everyPlacementRoleHasAReachAndNoReachLacksAPlacementRole() {
        assertThat(Arrays.stream(Role.values()).map(Enum::name))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(PlacementRole.values()).map(Enum::name).toList());
    }
}
