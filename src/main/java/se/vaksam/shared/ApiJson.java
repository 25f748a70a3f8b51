package se.vaksam.shared;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * How the API reads JSON text: a string holding a NUL character (which PostgreSQL cannot
 * store) or longer than any column is refused while reading, naming the field. Unknown fields
 * are refused by {@code spring.jackson.deserialization.fail-on-unknown-properties}.
 */
@Configuration(proxyBeanMethods = false)
class ApiJson {

    /** Longer than the longest text a person writes in one field; the columns of type text take this. */
    static final int MAX_TEXT_LENGTH = 100_000;

    @Bean
    SimpleModule checkedStrings() {
        return new SimpleModule("vaksam-checked-strings").addDeserializer(String.class, new CheckedStrings());
    }

    private static final class CheckedStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String value = super.deserialize(parser, context);
            if (value != null && value.indexOf('\u0000') >= 0) {
                throw new RefusedText(parser, RefusedText.Reason.NUL, value.length());
            }
            if (value != null && value.length() > MAX_TEXT_LENGTH) {
                throw new RefusedText(parser, RefusedText.Reason.TOO_LONG, value.length());
            }
            return value;
        }
    }

    /** A JSON string the API does not take; Jackson adds the field's path on the way out. */
    static final class RefusedText extends MismatchedInputException {

        enum Reason { NUL, TOO_LONG }

        private final Reason reason;
        private final int length;

        RefusedText(JsonParser parser, Reason reason, int length) {
            super(parser, "refused text: " + reason + " (" + length + " characters)");
            this.reason = reason;
            this.length = length;
        }

        Reason reason() {
            return reason;
        }

        int length() {
            return length;
        }
    }
}
