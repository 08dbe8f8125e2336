package vn.thidua.ledger.events.decision;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.DecisionId;
import vn.thidua.ledger.events.common.RuleReference;

/**
 * Quyết định tặng hình thức khen thưởng / tờ trình đề nghị: {@code form} (Bằng khen, Giấy khen, Huân chương) is
 * awarded to (AWARD) or proposed upward for (PROPOSAL) the recipients, by a decision that {@code issuer} signed,
 * under the competence rule cited (FORM_COMPETENCE). No nomination round precedes it. The recipients are member
 * units or registrants of the campaign {@code campaignId} (of {@code year}); {@code achievement} names the
 * thành tích commended, null where the form is for the year's work.
 */
@Revision("1")
public record FormOfCommendationDecided(DecisionId decisionId, String decisionNumber, LocalDate signedOn,
                                        String signedBy, CommendationAuthority issuer, CommendationKind kind,
                                        CommendationForm form, int year, String achievement, CampaignId campaignId,
                                        List<Recipient> recipients, RuleReference rule) implements DecisionEvent {

    public FormOfCommendationDecided {
        recipients = List.copyOf(recipients);
    }
}
