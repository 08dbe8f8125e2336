package vn.thidua.ledger.command.proposal;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.events.common.ProposalId;

/** Không đồng ý đề nghị: the level it awaits an answer at refuses it, with a reason; the path ends. */
public record RefuseProposal(@TargetAggregateIdentifier ProposalId proposalId, LocalDate refusedOn, String reason) {
}
