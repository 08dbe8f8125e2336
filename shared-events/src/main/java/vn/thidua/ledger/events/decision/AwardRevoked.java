package vn.thidua.ledger.events.decision;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.DecisionId;
import vn.thidua.ledger.events.common.RuleReference;
import vn.thidua.ledger.events.common.Title;

/**
 * Hủy bỏ quyết định khen thưởng, thu hồi danh hiệu: the award of {@code title} to the recipient by
 * decision {@code decisionId} was revoked by the revocation decision named, on a legal ground (R10).
 */
@Revision("1")
public record AwardRevoked(DecisionId decisionId, String decisionNumber, Title title, Recipient recipient,
                           String revocationDecisionNumber, LocalDate revokedOn, RevocationGround ground,
                           String reason, RuleReference rule) implements AwardRevocation {
}
