package vn.thidua.ledger.query.council;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Tỷ lệ phiếu Chiến sĩ thi đua cơ sở do Hội đồng quyết định, one document per decision: the ratio of the total
 * membership from {@code effectiveFrom}, by {@code decisionNumber}.
 *
 * @param number the decision's place in the order recorded, from 1: of two in force from the same day, the later
 *               recorded applies, as in the council aggregate
 */
public record CouncilThresholdEntry(String councilId, int number, BigDecimal ratio, String decisionNumber,
                                    LocalDate effectiveFrom) {
}
