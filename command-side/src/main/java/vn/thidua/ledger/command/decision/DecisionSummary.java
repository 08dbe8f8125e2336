package vn.thidua.ledger.command.decision;

import java.time.LocalDate;
import java.util.List;
import vn.thidua.ledger.events.common.DecisionId;
import vn.thidua.ledger.events.common.RuleReference;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.decision.CommendationForm;
import vn.thidua.ledger.events.decision.CommendationKind;
import vn.thidua.ledger.events.decision.Recipient;

/**
 * A recorded commendation decision as another aggregate needs it (a proposal going up cites its tờ trình and the
 * award decided above), read from the decision itself. {@code kind} is null for an appointment; a commendation has
 * either a {@code title} or a {@code form} (of commendation), an appointment neither; {@code recipients} are those
 * not revoked. {@code rule} is the rule whose rule-set version a proposal going up applies: the voting rule of the
 * round a title's decision cites, a form's competence rule (a form has no round); null for an appointment.
 */
public record DecisionSummary(DecisionId decisionId, String decisionNumber, CommendationKind kind, Title title,
                              CommendationForm form, int year, LocalDate signedOn, RuleReference rule,
                              List<Recipient> recipients) {

    public DecisionSummary {
        recipients = List.copyOf(recipients);
    }
}
