package se.vaksam.security;

import java.util.Arrays;
import java.util.stream.Collectors;

import se.vaksam.shared.Capability;

/** Renders {@link AuthorisationModel} as the Markdown table in docs/security.md. */
final class CapabilityTable {

    private CapabilityTable() {
    }

    static String markdown() {
        StringBuilder table = new StringBuilder("| Capability | ");
        table.append(Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(" | "))).append(" |\n");
        table.append("|---|").append("---|".repeat(Role.values().length)).append('\n');
        for (Capability capability : Capability.values()) {
            table.append("| `").append(capability.name()).append("` | ");
            table.append(Arrays.stream(Role.values())
                    .map(role -> AuthorisationModel.roles(capability).contains(role) ? "✓" : "")
                    .collect(Collectors.joining(" | "))).append(" |\n");
        }
        return table.toString();
    }

    /** Prints the table, to paste into docs/security.md after a change to the model. */
    public static void main(String[] args) {
        System.out.print(markdown());
    }
}
