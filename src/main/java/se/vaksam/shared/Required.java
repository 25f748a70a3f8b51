package se.vaksam.shared;

/**
 * A part of a request that must be there: a request record checks it in its constructor, so
 * that a missing part is a 400 naming the field rather than a failure deep inside.
 */
public final class Required {

    private Required() {
    }

    public static <T> T field(T value, String name) {
        if (value == null) {
            throw new Missing(name);
        }
        return value;
    }

    /** The named field was missing or null. */
    public static final class Missing extends RuntimeException {

        private final String field;

        Missing(String field) {
            super("missing " + field);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
