package se.vaksam.shared;

/** The record asked for does not exist. The message is a message-bundle key. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String messageKey) {
        super(messageKey);
    }
}
