package vn.thidua.ledger.command.council;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.events.common.CouncilId;

/**
 * Hội đồng quyết định tỷ lệ phiếu bình xét Chiến sĩ thi đua cơ sở: the share of the council's total membership a
 * grassroots emulation fighter needs, from {@code effectiveFrom}, by decision {@code decisionNumber} (R7).
 */
public record SetGrassrootsThreshold(@TargetAggregateIdentifier CouncilId councilId, BigDecimal thresholdRatio,
                                     String decisionNumber, LocalDate effectiveFrom) {
}
