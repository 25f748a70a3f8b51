package se.vaksam.history;

/**
 * How a field's stored value is written for a person (see {@link HistoryVocabulary}).
 *
 * @param type what the value is
 * @param prefix for {@link Type#LABELLED} and {@link Type#LABELLED_AMOUNT}: the message prefix of the labels
 */
record ValueKind(Type type, String prefix) {

    enum Type {
        /** Text as it was written (titles, descriptions, dates, diary numbers). */
        TEXT,
        /** {@code true}/{@code false} as "Ja"/"Nej". */
        YES_NO,
        /** An enum value, labelled by the message {@code prefix + VALUE} that the owning module already has. */
        LABELLED,
        /** An enum value followed by an amount ({@code PERCENT 10}), labelled by {@code prefix + VALUE} with the amount. */
        LABELLED_AMOUNT,
        /** A person's username, written as the person's name. */
        PERSON,
        /** A unit's id, written as the unit's name. */
        UNIT_ID,
        /** A unit's code, written as the unit's name. */
        UNIT_CODE,
        /** A deviation category's id, written as the category's name. */
        CATEGORY,
        /** A link to another record ({@code plan.item 4}), written as the kind of record and its name. */
        LINK
    }

    static ValueKind of(Type type) {
        return new ValueKind(type, null);
    }

    static ValueKind labelled(String prefix) {
        return new ValueKind(Type.LABELLED, prefix);
    }

    static ValueKind labelledAmount(String prefix) {
        return new ValueKind(Type.LABELLED_AMOUNT, prefix);
    }
}
