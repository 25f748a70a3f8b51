package se.vaksam.shared;

/**
 * A rule of the domain refused what was asked (an illegal transition, a bad value). The
 * message is a message-bundle key; the arguments fill its placeholders.
 */
public class DomainException extends RuntimeException {

    private final transient Object[] arguments;

    public DomainException(String messageKey, Object... arguments) {
        super(messageKey);
        this.arguments = arguments;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
