package vn.thidua.ledger.command.proposal;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.events.common.ProposalId;

/** Trả lại hồ sơ đề nghị: the level it awaits an answer at sends it back to be completed, with a reason. */
public record ReturnProposal(@TargetAggregateIdentifier ProposalId proposalId, LocalDate returnedOn, String reason) {
}
