package vn.thidua.ledger.events.proposal;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.DecisionId;
import vn.thidua.ledger.events.common.ProposalId;
import vn.thidua.ledger.events.common.RuleReference;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.decision.Recipient;

/**
 * Hồ sơ đề nghị đã gửi: the proposal of the tờ trình {@code proposalDecisionId} for {@code title} went to
 * {@code level} with its dossier (tờ trình, báo cáo thành tích, biên bản bình xét), under the routing rule cited.
 */
@Revision("1")
public record ProposalSubmitted(ProposalId proposalId, DecisionId proposalDecisionId, String proposalDecisionNumber,
                                Title title, int year, List<Recipient> recipients, ProposalLevel level,
                                LocalDate submittedOn, List<DossierDocument> dossier, RuleReference rule)
        implements ProposalSubmission {

    public ProposalSubmitted {
        recipients = List.copyOf(recipients);
        dossier = List.copyOf(dossier);
    }
}
