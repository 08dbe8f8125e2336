package vn.thidua.ledger.query.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The names of the audit history's posting lists: one per value of each filter. Written by the projector and
 * read by the query from this one class, so the two cannot drift apart.
 */
final class AuditKeys {

    /** Days and months are Vietnam's, as everyone using the ledger reads dates in that zone. */
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String ALL = "all";

    private AuditKeys() {
    }

    static String cluster(String id) {
        return "cluster:" + id;
    }

    static String year(int year) {
        return "year:" + year;
    }

    static String unit(String id) {
        return "unit:" + id;
    }

    static String aggregate(String id) {
        return "aggregate:" + id;
    }

    static String actor(String principal) {
        return "actor:" + principal;
    }

    static String type(String simpleName) {
        return "type:" + simpleName;
    }

    static String day(LocalDate day) {
        return "day:" + day;
    }

    static String month(YearMonth month) {
        return "month:" + month;
    }

    /** Every list an entry is appended to. */
    static Set<String> of(AuditEntry entry) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(ALL);
        keys.add(type(entry.type()));
        LocalDate day = LocalDate.ofInstant(entry.timestamp(), ZONE);
        keys.add(day(day));
        keys.add(month(YearMonth.from(day)));
        if (entry.aggregateId() != null) {
            keys.add(aggregate(entry.aggregateId()));
        }
        if (entry.actor() != null) {
            keys.add(actor(entry.actor()));
        }
        if (entry.clusterId() != null) {
            keys.add(cluster(entry.clusterId()));
        }
        if (entry.year() != null) {
            keys.add(year(entry.year()));
        }
        entry.unitIds().forEach(unit -> keys.add(unit(unit)));
        return keys;
    }

    /**
     * The day and month lists that together cover the Vietnamese dates from {@code first} to {@code last}: whole
     * months as one month list, the partial months at either end day by day, so a year is 12 lists, not 365.
     */
    static List<String> covering(LocalDate first, LocalDate last) {
        List<String> keys = new ArrayList<>();
        LocalDate day = first;
        while (!day.isAfter(last)) {
            YearMonth month = YearMonth.from(day);
            if (day.getDayOfMonth() == 1 && !month.atEndOfMonth().isAfter(last)) {
                keys.add(month(month));
                day = month.plusMonths(1).atDay(1);
            } else {
                keys.add(day(day));
                day = day.plusDays(1);
            }
        }
        return keys;
    }

    static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
