package se.vaksam.security;

import java.nio.charset.StandardCharsets;
import se.vaksam.shared.DomainException;

/** The rule for passwords of local accounts: at least 12 characters, at most what bcrypt reads (72 bytes). */
final class Passwords {

    static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;

    private Passwords() {
    }

    /** Refuses a password that breaks the rule, with the Swedish message key of the reason. */
    static void requireAcceptable(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new DomainException("account.error.passwordTooShort");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new DomainException("account.error.passwordTooLong");
        }
    }

    static boolean acceptable(String password) {
        try {
            requireAcceptable(password);
            return true;
        } catch (DomainException e) {
            return false;
        }
    }
}
