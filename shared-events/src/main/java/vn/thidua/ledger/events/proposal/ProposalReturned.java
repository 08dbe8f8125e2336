package vn.thidua.ledger.events.proposal;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.DecisionId;
import vn.thidua.ledger.events.common.ProposalId;
import vn.thidua.ledger.events.decision.Recipient;

/** Hồ sơ bị trả lại: {@code level} sent the dossier back to be completed, with its reason; it may be sent again. */
@Revision("1")
public record ProposalReturned(ProposalId proposalId, DecisionId proposalDecisionId, List<Recipient> recipients,
                               ProposalLevel level, LocalDate returnedOn, String reason) implements ProposalEvent {

    public ProposalReturned {
        recipients = List.copyOf(recipients);
    }
}
