package se.vaksam.shared;

/**
 * An irreversible step asks first: its form carries the checkbox of {@code fragments/confirm} and sends
 * {@code confirmed=true} only when the person ticked it; the handler refuses the step without it, so that no
 * click alone removes, ends or revokes anything.
 */
public final class Confirmation {

    private Confirmation() {
    }

    /** Refuses the step with a 422 that asks the person to tick the box, unless it was ticked. */
    public static void require(boolean confirmed) {
        if (!confirmed) {
            throw new DomainException("confirm.missing");
        }
    }
}
