package vn.thidua.ledger.eventstore;

import org.axonframework.common.DateTimeUtils;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads an event's stored timestamp. The store writes {@link Instant#toString()} ({@code 2026-11-30T08:15:30.123456Z}),
 * and Axon reads it back with {@link DateTimeUtils#parseInstant}, a {@code DateTimeFormatter} parse that a profile of
 * a view rebuild found at a tenth of each view processor's CPU (docs/benchmarks.md, "Session 8"). Text of exactly
 * that shape is read here field by field; anything else (an offset, no seconds, a year past 9999, a date or time out
 * of range) goes to Axon's parse, so the result, or the error, is always the one Axon would give.
 */
final class InstantText {

    private static final int SHORTEST = "2026-11-30T08:15:30Z".length();
    private static final int NANO_DIGITS = 9;
    private static final int SECONDS_PER_DAY = 86_400;

    private InstantText() {
    }

    static Instant parse(String text) {
        Instant instant = fast(text);
        return instant != null ? instant : DateTimeUtils.parseInstant(text);
    }

    /** The instant, or null where the text is not of the written shape. */
    private static Instant fast(String text) {
        int length = text.length();
        if (length < SHORTEST || length > SHORTEST + 1 + NANO_DIGITS || !separatorsAt(text, length)) {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int nanos = length == SHORTEST ? 0 : fraction(text, length - 1);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
                || second > 59 || nanos < 0) {
            return null;
        }
        try {
            long epochDay = LocalDate.of(year, month, day).toEpochDay();
            return Instant.ofEpochSecond(epochDay * SECONDS_PER_DAY + hour * 3_600L + minute * 60L + second, nanos);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean separatorsAt(String text, int length) {
        return text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T' && text.charAt(13) == ':'
                && text.charAt(16) == ':' && text.charAt(length - 1) == 'Z'
                && (length == SHORTEST || text.charAt(19) == '.');
    }

    /** Nanoseconds from the digits between the point (index 19) and {@code end}; -1 if there are none or not digits. */
    private static int fraction(String text, int end) {
        int value = digits(text, 20, end);
        if (value < 0 || end == 20) {
            return -1;
        }
        for (int scale = end - 20; scale < NANO_DIGITS; scale++) {
            value *= 10;
        }
        return value;
    }

    /** The decimal number in {@code [from, to)}, at most 9 digits; -1 if any character is not an ASCII digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
