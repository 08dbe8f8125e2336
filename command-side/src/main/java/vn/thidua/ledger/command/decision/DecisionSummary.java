package vn.thidua.ledger.command.decision;

import java.time.LocalDate;
import java.util.List;
import vn.thidua.ledger.events.common.DecisionId;
import vn.thidua.ledger.events.common.RuleReference;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.decision.CommendationKind;
import vn.thidua.ledger.events.decision.Recipient;

/**
 * A recorded commendation decision as another aggregate needs it (a proposal going up cites its tờ trình and the
 * award decided above), read from the decision itself. {@code kind} and {@code title} are null for an appointment;
 * {@code recipients} are those not revoked. {@code rule} is the voting rule of the round a commendation cites, whose
 * rule-set version a proposal going up applies; null for an appointment.
 */
public record DecisionSummary(DecisionId decisionId, String decisionNumber, CommendationKind kind, Title title,
                              int year, LocalDate signedOn, RuleReference rule, List<Recipient> recipients) {

    public DecisionSummary {
        recipients = List.copyOf(recipients);
    }
}
