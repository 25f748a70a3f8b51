package se.vaksam.shared;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Someone else saved the record after the version the caller had read: the change is refused
 * (409) and the caller is told which version it sent and, when the record still exists, which
 * version it has now, so it can fetch the record again.
 */
public class StaleVersionException extends OptimisticLockingFailureException {

    private final int seenVersion;
    private final Integer currentVersion;

    public StaleVersionException(String record, int seenVersion) {
        this(record, seenVersion, null);
    }

    public StaleVersionException(String record, int seenVersion, Integer currentVersion) {
        super(record + " changed since version " + seenVersion + (currentVersion == null ? "" : ", now " + currentVersion));
        this.seenVersion = seenVersion;
        this.currentVersion = currentVersion;
    }

    public int seenVersion() {
        return seenVersion;
    }

    /** The record's version now, or null when it is gone. */
    public Integer currentVersion() {
        return currentVersion;
    }
}
