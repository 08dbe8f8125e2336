package vn.thidua.ledger.events.proposal;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.DecisionId;
import vn.thidua.ledger.events.common.ProposalId;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.decision.Recipient;

/**
 * Đề nghị được chấp thuận: {@code level} awarded {@code title} to {@code awarded} (all or some of the proposed
 * {@code recipients}) by the award decision {@code awardDecisionId}, signed on {@code approvedOn}: the link between
 * the tờ trình below and the quyết định khen thưởng above.
 */
@Revision("1")
public record ProposalApproved(ProposalId proposalId, DecisionId proposalDecisionId, String proposalDecisionNumber,
                               Title title, int year, List<Recipient> recipients, ProposalLevel level,
                               DecisionId awardDecisionId, String awardDecisionNumber, LocalDate approvedOn,
                               List<Recipient> awarded) implements ProposalApproval {

    public ProposalApproved {
        recipients = List.copyOf(recipients);
        awarded = List.copyOf(awarded);
    }
}
