package se.vaksam.shared;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Names what is wrong with a request that never reached a domain rule: JSON that does not
 * parse or does not fit (unknown field, wrong type, unknown enum value, NUL, too long), a bad
 * parameter or upload, or a value the database refused. Each gets a stable kind, the field and
 * the allowed values where there are some, and a Swedish sentence for a person.
 */
final class RequestProblems {

    private static final Pattern COLUMN_LENGTH = Pattern.compile("character varying\\((\\d+)\\)");
    /** PostgreSQL's detail of a foreign-key violation: the column and the value that refers to nothing. */
    private static final Pattern MISSING_KEY = Pattern.compile("Key \\((\\w+)\\)=\\(([^)]*)\\) is not present in table");

    private RequestProblems() {
    }

    static Problem unreadable(HttpMessageNotReadableException e) {
        JacksonException json = find(e, JacksonException.class);
        if (json == null) {
            return Problem.of(HttpStatus.BAD_REQUEST, "unreadable-body", "error.problem.unreadable");
        }
        String field = pointer(json.getPath());
        if (json instanceof ApiJson.RefusedText refused) {
            return refused.reason() == ApiJson.RefusedText.Reason.NUL
                    ? Problem.of(HttpStatus.BAD_REQUEST, "nul-character", "error.problem.nul", field).with("field", field)
                    : Problem.of(HttpStatus.UNPROCESSABLE_ENTITY, "too-long", "error.problem.tooLong", field,
                            ApiJson.MAX_TEXT_LENGTH, refused.length()).with("field", field)
                            .with("maxLength", ApiJson.MAX_TEXT_LENGTH);
        }
        if (json instanceof UnrecognizedPropertyException unknown) {
            List<String> known = unknown.getKnownPropertyIds() == null ? List.of()
                    : unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
            return Problem.of(HttpStatus.BAD_REQUEST, "unknown-field", "error.problem.unknownField", field,
                    String.join(", ", known)).with("field", field).with("allowedFields", known);
        }
        if (json instanceof ValueInstantiationException instantiation) {
            Required.Missing missing = find(instantiation, Required.Missing.class);
            if (missing != null) {
                String inner = (field.equals("/") ? "" : field) + "/" + missing.field();
                return Problem.of(HttpStatus.BAD_REQUEST, "missing-value", "error.problem.missingValue", inner)
                        .with("field", inner);
            }
            DomainException domain = find(instantiation, DomainException.class);
            if (domain != null) {
                return Problem.of(HttpStatus.UNPROCESSABLE_ENTITY, "rule", domain.getMessage(), domain.arguments());
            }
            return Problem.of(HttpStatus.BAD_REQUEST, "invalid-value", "error.problem.invalidField", field)
                    .with("field", field);
        }
        if (json instanceof InvalidNullException) {
            return Problem.of(HttpStatus.BAD_REQUEST, "missing-value", "error.problem.missingValue", field)
                    .with("field", field);
        }
        if (json instanceof MismatchedInputException mismatch) {
            Class<?> target = mismatch.getTargetType();
            if (target != null && target.isEnum()) {
                List<String> allowed = enumValues(target);
                Object value = json instanceof InvalidFormatException format ? format.getValue() : null;
                return Problem.of(HttpStatus.BAD_REQUEST, "invalid-enum", "error.problem.enum", field,
                        String.valueOf(value), String.join(", ", allowed)).with("field", field)
                        .with("allowedValues", allowed);
            }
            String type = typeName(target);
            return Problem.of(HttpStatus.BAD_REQUEST, "wrong-type", "error.problem.wrongType", field,
                    new KeyedText("error.type." + type)).with("field", field).with("expectedType", type);
        }
        TokenStreamLocation at = json.getLocation();
        int line = at == null ? 0 : at.getLineNr();
        int column = at == null ? 0 : at.getColumnNr();
        return Problem.of(HttpStatus.BAD_REQUEST, "malformed-json", "error.problem.malformedJson", line, column)
                .with("line", line).with("column", column);
    }

    static Problem missing(Required.Missing e) {
        String field = "/" + e.field();
        return Problem.of(HttpStatus.BAD_REQUEST, "missing-value", "error.problem.missingValue", field)
                .with("field", field);
    }

    static Problem parameterType(MethodArgumentTypeMismatchException e) {
        Class<?> target = e.getRequiredType();
        if (target != null && target.isEnum()) {
            List<String> allowed = enumValues(target);
            return Problem.of(HttpStatus.BAD_REQUEST, "invalid-enum", "error.problem.enumParameter", e.getName(),
                    String.valueOf(e.getValue()), String.join(", ", allowed)).with("parameter", e.getName())
                    .with("allowedValues", allowed);
        }
        String type = typeName(target);
        return Problem.of(HttpStatus.BAD_REQUEST, "invalid-parameter", "error.problem.parameterType", e.getName(),
                new KeyedText("error.type." + type)).with("parameter", e.getName()).with("expectedType", type);
    }

    static Problem missingParameter(MissingServletRequestParameterException e) {
        return Problem.of(HttpStatus.BAD_REQUEST, "missing-parameter", "error.problem.missingParameter",
                e.getParameterName()).with("parameter", e.getParameterName());
    }

    static Problem missingPart(MissingServletRequestPartException e) {
        return Problem.of(HttpStatus.BAD_REQUEST, "missing-part", "error.problem.missingPart", e.getRequestPartName())
                .with("parameter", e.getRequestPartName());
    }

    static Problem multipart() {
        return Problem.of(HttpStatus.BAD_REQUEST, "malformed-multipart", "error.problem.multipart");
    }

    static Problem tooLarge(MaxUploadSizeExceededException e) {
        return Problem.of(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", "error.problem.tooLarge");
    }

    static Problem mediaType(HttpMediaTypeNotSupportedException e) {
        List<String> supported = e.getSupportedMediaTypes().stream().map(String::valueOf).toList();
        return Problem.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "error.problem.mediaType",
                String.valueOf(e.getContentType()), String.join(", ", supported)).with("supportedMediaTypes", supported);
    }

    /** A value PostgreSQL refused; null when the failure is not about the request's data. */
    static Problem database(DataAccessException e) {
        SQLException sql = find(e, SQLException.class);
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        String message = sql == null || sql.getMessage() == null ? "" : sql.getMessage();
        return switch (state) {
            case "22001" -> {
                Matcher length = COLUMN_LENGTH.matcher(message);
                Integer max = length.find() ? Integer.valueOf(length.group(1)) : null;
                Problem problem = Problem.of(HttpStatus.UNPROCESSABLE_ENTITY, "too-long", "error.problem.tooLongColumn",
                        max == null ? "?" : max);
                yield max == null ? problem : problem.with("maxLength", max);
            }
            case "54000" -> Problem.of(HttpStatus.UNPROCESSABLE_ENTITY, "too-long", "error.problem.tooLongValue");
            case "22021", "22P05" -> Problem.of(HttpStatus.BAD_REQUEST, "nul-character", "error.problem.nulValue");
            case "23503" -> {
                Matcher missing = MISSING_KEY.matcher(message);
                if (!missing.find()) {
                    yield Problem.of(HttpStatus.UNPROCESSABLE_ENTITY, "unknown-reference", "error.problem.reference");
                }
                String field = camelCase(missing.group(1));
                yield Problem.of(HttpStatus.UNPROCESSABLE_ENTITY, "unknown-reference", "error.reference.unknown",
                        field, missing.group(2)).with("field", "/" + field);
            }
            case "23505" -> Problem.of(HttpStatus.CONFLICT, "duplicate", "error.problem.duplicate");
            case "23502", "23514", "23P01" -> Problem.of(HttpStatus.UNPROCESSABLE_ENTITY, "invalid-value",
                    "error.problem.invalidValue");
            default -> state.startsWith("22")
                    ? Problem.of(HttpStatus.UNPROCESSABLE_ENTITY, "invalid-value", "error.problem.invalidValue")
                    : null;
        };
    }

    /** The JSON pointer (RFC 6901) of the field Jackson was reading. */
    static String pointer(List<JacksonException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            pointer.append('/');
            if (reference.getPropertyName() != null) {
                pointer.append(reference.getPropertyName().replace("~", "~0").replace("/", "~1"));
            } else if (reference.getIndex() >= 0) {
                pointer.append(reference.getIndex());
            }
        }
        return pointer.isEmpty() ? "/" : pointer.toString();
    }

    static String typeName(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "text";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == BigInteger.class) {
            return "integer";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class
                || type == BigDecimal.class) {
            return "number";
        }
        if (type == LocalDate.class) {
            return "date";
        }
        if (type == LocalTime.class) {
            return "time";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "dateTime";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "list";
        }
        if (type.isEnum()) {
            return "enum";
        }
        return Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.") ? "object" : "value";
    }

    private static List<String> enumValues(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(value -> ((Enum<?>) value).name()).toList();
    }

    private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
            if (cause.getCause() == cause) {
                return null;
            }
        }
        return null;
    }

    /** An argument that is itself a message key (a type's name in the reader's language). */
    record KeyedText(String key) {
    }

    /** A column name in the request's words: {@code category_id} → {@code categoryId}. */
    private static String camelCase(String column) {
        StringBuilder field = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                field.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return field.toString();
    }
}
