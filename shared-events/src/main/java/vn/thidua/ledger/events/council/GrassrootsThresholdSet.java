package vn.thidua.ledger.events.council;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.CouncilId;

/**
 * Tỷ lệ phiếu bình xét Chiến sĩ thi đua cơ sở do Hội đồng quyết định: from {@code effectiveFrom}, the council's
 * grassroots emulation fighter rounds elect a candidate approved by at least {@code thresholdRatio} of the
 * council's total membership, as the council decided in {@code decisionNumber} (R7 leaves this threshold to
 * the unit's council; the Ministry and national titles keep the rule set's 90%).
 */
@Revision("1")
public record GrassrootsThresholdSet(CouncilId councilId, BigDecimal thresholdRatio, String decisionNumber,
                                     LocalDate effectiveFrom) implements CouncilEvent {
}
