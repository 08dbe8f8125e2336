package vn.thidua.ledger.command.decision;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.command.record.Standings;
import vn.thidua.ledger.command.common.Require;
import vn.thidua.ledger.events.common.DecisionId;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.events.common.RuleReference;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.decision.CommendationKind;
import vn.thidua.ledger.events.decision.Recipient;

/**
 * Quyết định khen thưởng (AWARD) or tờ trình đề nghị (PROPOSAL) of {@code recipients}, who must be
 * among the winners of the closed round cited. The API fills {@code roundWinners} and
 * {@code roundRule} from the round's result, and {@code leadingCollectives} (the number of
 * collectives leading their clusters that year) for Government flag proposals (R6); null otherwise; and
 * {@code standings}, the winners' records of the year (R2–R5), from the record aggregates.
 */
public record IssueCommendationDecision(String decisionNumber, LocalDate signedOn, String signedBy,
                                        CommendationKind kind, Title title, int year, RoundId roundId,
                                        RuleReference roundRule, List<Recipient> roundWinners,
                                        List<RegistrantId> recipients, Integer leadingCollectives,
                                        Standings standings) {

    /** Null standings mean no records were read: the title criteria R2–R5 then check nobody. */
    public IssueCommendationDecision {
        standings = standings == null ? Standings.none() : standings;
    }

    /** A decision checked against no records. */
    public IssueCommendationDecision(String decisionNumber, LocalDate signedOn, String signedBy,
                                     CommendationKind kind, Title title, int year, RoundId roundId,
                                     RuleReference roundRule, List<Recipient> roundWinners,
                                     List<RegistrantId> recipients, Integer leadingCollectives) {
        this(decisionNumber, signedOn, signedBy, kind, title, year, roundId, roundRule, roundWinners, recipients,
                leadingCollectives, null);
    }

    /** Number and year of signing are the identity: a second decision with both the same is refused. */
    @TargetAggregateIdentifier
    public DecisionId decisionId() {
        return Require.decisionId(decisionNumber, signedOn);
    }
}
