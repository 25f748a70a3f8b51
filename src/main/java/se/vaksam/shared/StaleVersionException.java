package se.vaksam.shared;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Someone else saved the record after the version the caller had read: the change is refused
 * (409) and the caller is told which version it sent, so it can fetch the record again.
 */
public class StaleVersionException extends OptimisticLockingFailureException {

    private final int seenVersion;

    public StaleVersionException(String record, int seenVersion) {
        super(record + " changed since version " + seenVersion);
        this.seenVersion = seenVersion;
    }

    public int seenVersion() {
        return seenVersion;
    }
}
