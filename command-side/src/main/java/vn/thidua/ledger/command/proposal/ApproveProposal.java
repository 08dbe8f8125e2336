package vn.thidua.ledger.command.proposal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.command.decision.DecisionSummary;
import vn.thidua.ledger.events.common.ProposalId;

/**
 * Chấp thuận đề nghị by the award decision made above, already recorded; the API fills {@code award} from that
 * decision itself.
 */
public record ApproveProposal(@TargetAggregateIdentifier ProposalId proposalId, DecisionSummary award) {
}
