package se.vaksam.shared;

import java.util.Optional;

/**
 * A module's description of its records that other modules link to (e.g. the plan items that treat a
 * risk), so a page can show a linked record's title and a link to it without depending on the module that
 * owns it. Implemented by the owning module, checked against the signed-in person's scope.
 */
public interface LinkedRecords {

    /**
     * The record's title and page, or empty if the type is not this module's, the record does not exist or
     * the signed-in person may not read it.
     *
     * @param recordType e.g. {@code plan.item}
     * @param recordId the record's id as text
     */
    Optional<LinkedRecord> describe(String recordType, String recordId);

    /**
     * @param title what to show, e.g. "Granskning av loggkontroller (internkontrollplan 2026)"
     * @param path the record's page, e.g. {@code /plan-items/12}
     */
    record LinkedRecord(String title, String path) {
    }
}
