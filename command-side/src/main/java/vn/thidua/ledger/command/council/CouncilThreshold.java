package vn.thidua.ledger.command.council;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Tỷ lệ phiếu do Hội đồng quyết định (R7, grassroots emulation fighter): a ratio, its decision, and since when. */
public record CouncilThreshold(BigDecimal ratio, String decisionNumber, LocalDate effectiveFrom) {
}
