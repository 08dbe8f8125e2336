package vn.thidua.ledger.events.proposal;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.DecisionId;
import vn.thidua.ledger.events.common.ProposalId;
import vn.thidua.ledger.events.decision.CommendationForm;
import vn.thidua.ledger.events.decision.Recipient;

/**
 * Đề nghị tặng hình thức khen thưởng được chấp thuận: {@code level} awarded {@code form} to {@code awarded} (all or
 * some of the proposed {@code recipients}) by the award decision {@code awardDecisionId}, signed on
 * {@code approvedOn}. A form's counterpart of {@link ProposalApproved}, which names a title.
 */
@Revision("1")
public record FormProposalApproved(ProposalId proposalId, DecisionId proposalDecisionId,
                                   String proposalDecisionNumber, CommendationForm form, int year,
                                   List<Recipient> recipients, ProposalLevel level, DecisionId awardDecisionId,
                                   String awardDecisionNumber, LocalDate approvedOn, List<Recipient> awarded)
        implements ProposalApproval {

    public FormProposalApproved {
        recipients = List.copyOf(recipients);
        awarded = List.copyOf(awarded);
    }
}
