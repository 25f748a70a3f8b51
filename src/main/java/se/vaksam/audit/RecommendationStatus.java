package se.vaksam.audit;

/** A recommendation's follow-up: öppen, pågår, genomförd, or not to be addressed (with the committee's reason). */
public enum RecommendationStatus {
    OPEN, IN_PROGRESS, DONE, NOT_ADDRESSED;

    public boolean open() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
