package se.vaksam.check;

/** An answer to a checklist question for one sampled case. */
public enum Answer {
    YES("Ja"), NO("Nej"), NOT_APPLICABLE("Ej tillämpligt");

    private final String label;

    Answer(String label) {
        this.label = label;
    }

    /** The answer as a result table and a bulk-answer file write it. */
    public String label() {
        return label;
    }
}
