package se.vaksam.shared;

/**
 * The signed-in person lacks the role or organisational scope for what they asked. The message is a
 * message-bundle key naming why (by default the general {@code error.forbidden}); the arguments fill its
 * placeholders and may themselves be resolvable messages (a role's Swedish name).
 */
public class ForbiddenException extends RuntimeException {

    private final transient Object[] arguments;

    public ForbiddenException() {
        this("error.forbidden");
    }

    public ForbiddenException(String messageKey, Object... arguments) {
        super(messageKey);
        this.arguments = arguments;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
