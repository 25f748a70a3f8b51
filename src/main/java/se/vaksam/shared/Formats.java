package se.vaksam.shared;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The one way dates, times and numbers are written on a page, in a document or in a message:
 * dates as {@code 2026-12-03}, times in Swedish time ({@code Europe/Stockholm}, whatever offset the value
 * came with), numbers with a decimal comma, and grouped with a space only from five digits on, so that a
 * year is never written "2 026". Templates call it as {@code ${@fmt.dateTime(x)}}; the message bundles
 * use it for every plain {@code {0}} argument (see {@code se.vaksam.Messages}).
 */
@Component("fmt")
public class Formats {

    public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final String NONE = "–";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** A date ({@code 2026-12-03}); a moment is first turned to Swedish time. */
    public String date(Object value) {
        return format(value, DATE);
    }

    /** A moment in Swedish time to the minute ({@code 2026-12-03 08:59}). */
    public String dateTime(Object value) {
        return format(value, DATE_TIME);
    }

    /** A moment in Swedish time to the second, for logs. */
    public String dateTimeSeconds(Object value) {
        return format(value, SECONDS);
    }

    /** The time of day in Swedish time ({@code 08:59}). */
    public String time(Object value) {
        return format(value, TIME);
    }

    /** A number the Swedish way: {@code 2026}, {@code 12 345}, {@code 3,5}. */
    public String number(Number value) {
        return value == null ? NONE : plain(value);
    }

    /** The text of a plain message argument: numbers and moments as above, anything else as it is. */
    public static String argument(Object value) {
        if (value instanceof Number n) {
            return plain(n);
        }
        if (value instanceof LocalDate d) {
            return DATE.format(d);
        }
        if (value instanceof TemporalAccessor t && swedish(t) != null) {
            return DATE_TIME.format(swedish(t));
        }
        return String.valueOf(value);
    }

    private static String format(Object value, DateTimeFormatter formatter) {
        if (value == null) {
            return NONE;
        }
        if (value instanceof LocalDate date) {
            return DATE.format(date);
        }
        if (value instanceof TemporalAccessor t && swedish(t) != null) {
            return formatter.format(swedish(t));
        }
        return value.toString();
    }

    /** The value as Swedish local time; a local date-time is taken to be Swedish time already. */
    private static LocalDateTime swedish(TemporalAccessor value) {
        if (value instanceof Instant i) {
            return LocalDateTime.ofInstant(i, SWEDEN);
        }
        if (value instanceof OffsetDateTime o) {
            return o.atZoneSameInstant(SWEDEN).toLocalDateTime();
        }
        if (value instanceof ZonedDateTime z) {
            return z.withZoneSameInstant(SWEDEN).toLocalDateTime();
        }
        return value instanceof LocalDateTime l ? l : null;
    }

    private static String plain(Number value) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(new Locale("sv", "SE"));
        symbols.setGroupingSeparator('\u00a0');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0.##", symbols);
        if (value instanceof Double d && !Double.isFinite(d) || value instanceof Float f && !Float.isFinite(f)) {
            return value.toString();
        }
        BigDecimal decimal = new BigDecimal(value.toString());
        format.setGroupingUsed(decimal.abs().compareTo(BigDecimal.valueOf(10_000)) >= 0);
        return format.format(decimal);
    }
}
