package vn.thidua.ledger.events.decision;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.DecisionId;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.events.common.RuleReference;
import vn.thidua.ledger.events.common.Title;

/**
 * Quyết định khen thưởng / tờ trình đề nghị: the title is awarded to (or proposed upward for) the
 * recipients, all winners of the named closed round whose voting rule is {@code roundRule}.
 * {@code proposalCap} is set only where a cap applied (R6, Government flag proposals).
 */
@Revision("1")
public record CommendationDecided(DecisionId decisionId, String decisionNumber, LocalDate signedOn, String signedBy,
                                  CommendationKind kind, Title title, int year, RoundId roundId,
                                  RuleReference roundRule, List<Recipient> recipients, ProposalCap proposalCap)
        implements DecisionEvent {

    public CommendationDecided {
        recipients = List.copyOf(recipients);
    }
}
