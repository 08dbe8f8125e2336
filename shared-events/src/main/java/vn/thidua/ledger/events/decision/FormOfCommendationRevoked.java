package vn.thidua.ledger.events.decision;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.DecisionId;
import vn.thidua.ledger.events.common.RuleReference;

/**
 * Hủy bỏ quyết định tặng hình thức khen thưởng, thu hồi hiện vật và tiền thưởng: the award of the form of
 * commendation {@code form} (Bằng khen, Giấy khen, Huân chương) to the recipient by decision {@code decisionId} was
 * revoked by the revocation decision named, on a legal ground (R10). A form's counterpart of {@link AwardRevoked},
 * which names a title.
 */
@Revision("1")
public record FormOfCommendationRevoked(DecisionId decisionId, String decisionNumber, CommendationForm form,
                                        Recipient recipient, String revocationDecisionNumber, LocalDate revokedOn,
                                        RevocationGround ground, String reason, RuleReference rule)
        implements AwardRevocation {
}
