package vn.thidua.ledger.query.audit;

import vn.thidua.ledger.query.view.InvalidQueryException;
import vn.thidua.ledger.query.view.QueryRejectionCode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The filters of an audit history read; every one optional, all of them combined with AND. {@code from} and
 * {@code to} are inclusive.
 */
public record AuditFilter(String cluster, Integer year, String unit, String aggregate, String actor, String type,
                          Instant from, Instant to) {

    public AuditFilter {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidQueryException(QueryRejectionCode.INVALID_TIME_RANGE, "from must not be after to");
        }
    }

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null, null, null);
    }

    /** The earliest and latest times a filter may name: Vietnamese dates of years 1 to 9999, as ISO-8601 writes them. */
    private static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);
    private static final Instant EARLIEST = FIRST_DAY.atStartOfDay(AuditKeys.ZONE).toInstant();
    private static final Instant LATEST = LAST_DAY.plusDays(1).atStartOfDay(AuditKeys.ZONE).toInstant().minusNanos(1);

    /**
     * Reads {@code from}/{@code to} as an ISO instant ({@code 2022-12-09T02:00:00Z}) or a date in Vietnam
     * ({@code 2022-12-09}: from its first to its last moment, so {@code from=to=2022-12-09} is that whole day), of a
     * year from 1 to 9999: the history is kept by Vietnamese date, and a time Java can hold but no such date names
     * ({@code +999999999-12-31}) has no day to look up.
     */
    public static Instant time(String name, String text, boolean endOfDay) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Instant time;
        try {
            time = Instant.parse(text);
        } catch (DateTimeParseException notAnInstant) {
            LocalDate day = date(name, text);
            if (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY)) {
                throw outOfRange(name, text);
            }
            time = endOfDay ? day.plusDays(1).atStartOfDay(AuditKeys.ZONE).toInstant().minusNanos(1)
                    : day.atStartOfDay(AuditKeys.ZONE).toInstant();
        }
        if (time.isBefore(EARLIEST) || time.isAfter(LATEST)) {
            throw outOfRange(name, text);
        }
        return time;
    }

    private static LocalDate date(String name, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            throw new InvalidQueryException(QueryRejectionCode.INVALID_TIME, name
                    + " must be an ISO-8601 instant (2022-12-09T02:00:00Z) or a date (2022-12-09), was " + text);
        }
    }

    private static InvalidQueryException outOfRange(String name, String text) {
        return new InvalidQueryException(QueryRejectionCode.INVALID_TIME, name + " must be between " + FIRST_DAY
                + " and " + LAST_DAY + " (Vietnamese dates), was " + text);
    }

    boolean hasTimeRange() {
        return from != null || to != null;
    }

    /** The posting lists of each filter other than time; a filter matches an entry in its one list. */
    List<String> exactKeys() {
        List<String> keys = new ArrayList<>();
        addIf(keys, cluster, AuditKeys.cluster(String.valueOf(cluster)));
        addIf(keys, year, year == null ? null : AuditKeys.year(year));
        addIf(keys, unit, AuditKeys.unit(String.valueOf(unit)));
        addIf(keys, aggregate, AuditKeys.aggregate(String.valueOf(aggregate)));
        addIf(keys, actor, AuditKeys.actor(String.valueOf(actor)));
        addIf(keys, type, AuditKeys.type(String.valueOf(type)));
        return keys;
    }

    private static void addIf(List<String> keys, Object value, String key) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            keys.add(key);
        }
    }
}
