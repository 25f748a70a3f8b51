package se.vaksam.deviation;

/** Where a prioriterat utvecklingsområde stands when the next year's report follows it up. */
public enum DevelopmentStatus {
    /** Påbörjat: the work has begun. */
    STARTED,
    /** Genomfört: done. */
    DONE,
    /** Kvarstår: still to do, carried on. */
    REMAINS;

    /** The word the report prints. */
    public String swedish() {
        return switch (this) {
            case STARTED -> "Påbörjat";
            case DONE -> "Genomfört";
            case REMAINS -> "Kvarstår";
        };
    }
}
