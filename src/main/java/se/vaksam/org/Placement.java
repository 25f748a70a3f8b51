package se.vaksam.org;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import se.vaksam.shared.DomainException;

/** A person's role at a unit for a period (placering); open-ended while {@code validTo} is null. */
@Table("placement")
class Placement {

    @Id
    private Long id;
    private Long personId;
    private Long unitId;
    private PlacementRole role;
    private LocalDate validFrom;
    private LocalDate validTo;
    private String grantReason;
    private String grantedBy;
    @Version
    private Integer version;

    @PersistenceCreator
    Placement(Long id, Long personId, Long unitId, PlacementRole role, LocalDate validFrom, LocalDate validTo,
            String grantReason, String grantedBy, Integer version) {
        this.id = id;
        this.personId = personId;
        this.unitId = unitId;
        this.role = role;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.grantReason = grantReason;
        this.grantedBy = grantedBy;
        this.version = version;
    }

    static Placement create(long personId, long unitId, PlacementRole role, LocalDate from, LocalDate to) {
        return grant(personId, unitId, role, from, to, null, null);
    }

    /** A new placement with why and by whom it was granted (the reason is required for privileged roles). */
    static Placement grant(long personId, long unitId, PlacementRole role, LocalDate from, LocalDate to,
            String reason, String grantedBy) {
        if (role == null) {
            throw new DomainException("org.error.required.role");
        }
        if (from == null) {
            throw new DomainException("org.error.required.validFrom");
        }
        requireOrdered(from, to);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        return new Placement(null, personId, unitId, role, from, to, why, grantedBy, null);
    }

    /** Ends the placement on the given day (inclusive); the day may not be before it started. */
    void end(LocalDate lastDay) {
        if (lastDay == null) {
            throw new DomainException("org.error.required.validTo");
        }
        requireOrdered(validFrom, lastDay);
        this.validTo = lastDay;
    }

    /** Sets or clears the end day (used by import, where the file is the truth). */
    void changeEnd(LocalDate newValidTo) {
        requireOrdered(validFrom, newValidTo);
        this.validTo = newValidTo;
    }

    boolean isCurrent(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }

    private static void requireOrdered(LocalDate from, LocalDate to) {
        if (to != null && to.isBefore(from)) {
            throw new DomainException("org.error.placementDates");
        }
    }

    Long id() {
        return id;
    }

    Long personId() {
        return personId;
    }

    Long unitId() {
        return unitId;
    }

    PlacementRole role() {
        return role;
    }

    LocalDate validFrom() {
        return validFrom;
    }

    LocalDate validTo() {
        return validTo;
    }

    String grantReason() {
        return grantReason;
    }

    int version() {
        return version == null ? 0 : version;
    }
}
