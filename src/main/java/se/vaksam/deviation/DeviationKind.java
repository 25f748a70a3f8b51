package se.vaksam.deviation;

/** The kinds of deviation (avvikelse) under SOSFS 2011:9, and the group each is counted in. */
public enum DeviationKind {
    EXTERNAL_COMPLAINT(Group.EXTERNAL),
    EXTERNAL_SUGGESTION(Group.EXTERNAL),
    STAFF_COMPLAINT(Group.STAFF),
    STAFF_SUGGESTION(Group.STAFF),
    QUALITY(Group.QUALITY),
    LEX_SARAH(Group.LEX_SARAH);

    /** How the quality report counts them: from outside, from staff, kvalitetsavvikelser, lex Sarah. */
    public enum Group { EXTERNAL, STAFF, QUALITY, LEX_SARAH }

    private final Group group;

    DeviationKind(Group group) {
        this.group = group;
    }

    public Group group() {
        return group;
    }

    public boolean lexSarah() {
        return this == LEX_SARAH;
    }

    /** Where a new deviation of this kind starts. */
    public DeviationStatus initialStatus() {
        return lexSarah() ? DeviationStatus.REPORTED : DeviationStatus.RECEIVED;
    }
}
