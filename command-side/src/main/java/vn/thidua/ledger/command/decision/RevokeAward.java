package vn.thidua.ledger.command.decision;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.events.common.DecisionId;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.decision.RevocationGround;

/**
 * Hủy bỏ quyết định khen thưởng, thu hồi danh hiệu of one recipient of the award decision
 * {@code decisionId}, by the revocation decision numbered {@code revocationDecisionNumber} (R10).
 */
public record RevokeAward(@TargetAggregateIdentifier DecisionId decisionId, RegistrantId recipientId,
                          String revocationDecisionNumber, LocalDate revokedOn, RevocationGround ground,
                          String reason) {
}
