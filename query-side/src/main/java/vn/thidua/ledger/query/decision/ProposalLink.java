package vn.thidua.ledger.query.decision;

import vn.thidua.ledger.events.proposal.ProposalApproval;

/** The tờ trình (proposal decision) an award approved: the other end of its path upward. */
public record ProposalLink(String proposalDecisionId, String proposalDecisionNumber, String level) {

    static ProposalLink of(ProposalApproval approved) {
        return new ProposalLink(approved.proposalDecisionId().value(), approved.proposalDecisionNumber(),
                                approved.level().name());
    }
}
