package vn.thidua.ledger.events.proposal;

import java.time.LocalDate;
import java.util.List;
import vn.thidua.ledger.events.common.DecisionId;
import vn.thidua.ledger.events.decision.Recipient;

/**
 * Đề nghị được chấp thuận, whatever it proposed: a title ({@link ProposalApproved}) or a form of commendation
 * ({@link FormProposalApproved}). The link between the tờ trình below and the award above, as a view needs it.
 */
public sealed interface ProposalApproval extends ProposalEvent permits ProposalApproved, FormProposalApproved {

    String proposalDecisionNumber();

    ProposalLevel level();

    DecisionId awardDecisionId();

    String awardDecisionNumber();

    LocalDate approvedOn();

    List<Recipient> awarded();
}
