package vn.thidua.ledger.query.pledge;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Tỷ lệ đăng ký thi đua: individuals with an active pledge out of the staff count (e.g. 100.0 when, as in the
 * 2022 seed, every civil servant registered).
 *
 * @param staffCount      the headcount the unit declared with its own pledge; null while unknown
 * @param percent         registered / staff × 100, one decimal, half up; null while the headcount is unknown
 */
public record Coverage(int registeredIndividuals, Integer staffCount, BigDecimal percent) {

    public static Coverage of(int registeredIndividuals, Integer staffCount) {
        BigDecimal percent = staffCount == null || staffCount == 0 ? null
                : BigDecimal.valueOf(registeredIndividuals * 100L)
                            .divide(BigDecimal.valueOf(staffCount), 1, RoundingMode.HALF_UP);
        return new Coverage(registeredIndividuals, staffCount, percent);
    }
}
