package se.vaksam.shared;

/** The signed-in person lacks the role or organisational scope for what they asked. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException() {
        super("error.forbidden");
    }
}
