package vn.thidua.ledger.query.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Ngày tháng kiểu Việt Nam: how the exports write dates (dd/MM/yyyy, as on a Vietnamese official document) and
 * instants (in Vietnam's time zone, to the second), whatever the server's own locale and zone.
 */
public final class VietnamDates {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final String DATE_PATTERN = "dd/MM/yyyy";
    public static final String DATE_TIME_PATTERN = "dd/MM/yyyy HH:mm:ss";
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(DATE_PATTERN);
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern(DATE_TIME_PATTERN);

    private VietnamDates() {
    }

    /** {@code 09/12/2022}; empty for null. */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** {@code 09/12/2022 09:15:00}, Vietnam time; empty for null. */
    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(local(instant));
    }

    public static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZONE);
    }
}
