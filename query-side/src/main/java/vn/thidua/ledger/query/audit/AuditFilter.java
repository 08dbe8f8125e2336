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

    /**
     * Reads {@code from}/{@code to} as an ISO instant ({@code 2022-12-09T02:00:00Z}) or a date in Vietnam
     * ({@code 2022-12-09}: from its first to its last moment, so {@code from=to=2022-12-09} is that whole day).
     */
    public static Instant time(String name, String text, boolean endOfDay) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notAnInstant) {
            try {
                LocalDate day = LocalDate.parse(text);
                return endOfDay ? day.plusDays(1).atStartOfDay(AuditKeys.ZONE).toInstant().minusNanos(1)
                        : day.atStartOfDay(AuditKeys.ZONE).toInstant();
            } catch (DateTimeParseException notADate) {
                throw new InvalidQueryException(QueryRejectionCode.INVALID_TIME, name
                        + " must be an ISO-8601 instant (2022-12-09T02:00:00Z) or a date (2022-12-09), was " + text);
            }
        }
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
