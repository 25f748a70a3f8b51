package se.vaksam.selfassessment;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The kommun's criteria for one year: areas in order, each with its criteria in order.
 *
 * @param id the set's id, {@link #NOT_STORED} for a year whose set is shown but not stored yet
 * @param municipalityId the kommun that owns the set
 * @param year the year the set applies to
 * @param version for optimistic locking when the set is edited
 * @param areas the areas, in order
 */
public record CriteriaSet(long id, long municipalityId, int year, int version, List<Area> areas) {

    /** The id of a set that is shown but not stored yet (a year nobody has started or edited). */
    public static final long NOT_STORED = 0;

    /** An area (område), e.g. Kontrollmiljö, and its criteria. */
    @Schema(name = "CriteriaSetArea")
    public record Area(String name, List<Criterion> criteria) {
    }

    /**
     * One criterion (kriterium).
     *
     * @param code stays the same from year to year, so answers can be compared
     * @param text the criterion as written
     */
    public record Criterion(String code, String text) {
    }

    public boolean stored() {
        return id != NOT_STORED;
    }

    public int criterionCount() {
        return areas.stream().mapToInt(a -> a.criteria().size()).sum();
    }
}
