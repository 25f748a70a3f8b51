package se.vaksam.check;

/**
 * How far a long import has come, for a page that shows progress while the server checks and stores a large
 * population: the phase as a message key (taking the rows done and the rows in all as {0} and {1}).
 */
@FunctionalInterface
public interface ImportProgress {

    /** For callers that do not show progress. */
    ImportProgress NONE = (phaseKey, done, total) -> { };

    /** Checking the file's rows against the mapping: every {@value #EVERY} rows. */
    String ROWS = "check.import.phase.rows";
    /** Computing the SHA-256 checksum of the mapped records. */
    String CHECKSUM = "check.import.phase.checksum";
    /** Storing the records (PostgreSQL COPY). */
    String STORE = "check.import.phase.store";
    /** How often the row check reports. */
    int EVERY = 1000;

    void report(String phaseKey, int done, int total);
}
