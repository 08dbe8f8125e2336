package vn.thidua.ledger.events.proposal;

import java.util.List;
import vn.thidua.ledger.events.common.DecisionId;
import vn.thidua.ledger.events.common.ProposalId;
import vn.thidua.ledger.events.decision.Recipient;

/**
 * Everything that happens to a hồ sơ đề nghị (of a title or of a form of commendation) on its way up: submitted to
 * a level (again after a return, or forwarded one level higher), returned, approved by an award decision, refused.
 * Each event names the tờ trình decision and the recipients, so a view of either needs no other event.
 */
public sealed interface ProposalEvent permits ProposalSubmission, ProposalReturned, ProposalApproval, ProposalRefused {

    ProposalId proposalId();

    DecisionId proposalDecisionId();

    List<Recipient> recipients();
}
