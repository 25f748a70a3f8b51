package se.vaksam.survey;

import java.util.List;

/** The kinds of question a survey asks. */
public enum QuestionKind {

    /** Ja / Nej. */
    YES_NO,
    /** One of the question's choices. */
    SINGLE,
    /** Any of the question's choices. */
    MULTIPLE,
    /** One step of a scale (the choices are the steps, by default 1–5). */
    SCALE,
    /** A number. */
    NUMBER,
    /** Free text. */
    TEXT;

    /** Whether answers are choices that can be counted per choice. */
    public boolean counted() {
        return this != NUMBER && this != TEXT;
    }

    /** The choices a question of this kind offers when none are given. */
    List<String> defaultChoices() {
        return switch (this) {
            case YES_NO -> List.of("Ja", "Nej");
            case SCALE -> List.of("1", "2", "3", "4", "5");
            default -> List.of();
        };
    }
}
