package vn.thidua.ledger.events.proposal;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.DecisionId;
import vn.thidua.ledger.events.common.ProposalId;
import vn.thidua.ledger.events.decision.Recipient;

/** Không đồng ý đề nghị: {@code level} refused the proposal, with its reason; the path ends here. */
@Revision("1")
public record ProposalRefused(ProposalId proposalId, DecisionId proposalDecisionId, List<Recipient> recipients,
                              ProposalLevel level, LocalDate refusedOn, String reason) implements ProposalEvent {

    public ProposalRefused {
        recipients = List.copyOf(recipients);
    }
}
