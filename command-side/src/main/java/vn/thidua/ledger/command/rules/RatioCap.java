package vn.thidua.ledger.command.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A cap expressed as a share of a count (R6: ≤ 20% of cluster-leading collectives), and how it rounds. */
public record RatioCap(BigDecimal ratio, RoundingMode rounding) {

    public int of(int count) {
        return ratio.multiply(BigDecimal.valueOf(count)).setScale(0, rounding).intValueExact();
    }
}
