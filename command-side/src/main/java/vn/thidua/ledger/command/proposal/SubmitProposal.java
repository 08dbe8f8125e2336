package vn.thidua.ledger.command.proposal;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.command.common.Require;
import vn.thidua.ledger.command.decision.DecisionSummary;
import vn.thidua.ledger.events.common.ProposalId;
import vn.thidua.ledger.events.proposal.DossierDocument;
import vn.thidua.ledger.events.proposal.ProposalLevel;

/**
 * Gửi hồ sơ đề nghị to {@code level}: the first time from the cluster to the Ministry, again after a return, or
 * forwarded one level up. The API fills {@code proposalDecision} from the tờ trình decision itself.
 */
public record SubmitProposal(DecisionSummary proposalDecision, ProposalLevel level, LocalDate submittedOn,
                             List<DossierDocument> dossier) {

    /** One path upward per tờ trình. */
    @TargetAggregateIdentifier
    public ProposalId proposalId() {
        try {
            return ProposalId.of(Require.present("proposal decision", proposalDecision).decisionId());
        } catch (IllegalArgumentException tooLong) {
            throw Require.invalid(tooLong.getMessage());
        }
    }
}
