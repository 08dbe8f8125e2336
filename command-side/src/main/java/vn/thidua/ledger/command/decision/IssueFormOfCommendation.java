package vn.thidua.ledger.command.decision;

import vn.thidua.ledger.command.rules.ChosenRuleVersion;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.command.common.Require;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.DecisionId;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.decision.CommendationAuthority;
import vn.thidua.ledger.events.decision.CommendationForm;
import vn.thidua.ledger.events.decision.CommendationKind;
import vn.thidua.ledger.events.decision.Recipient;

/**
 * Quyết định tặng (AWARD) or tờ trình đề nghị (PROPOSAL) of a form of commendation to {@code recipients}, signed by
 * {@code issuer}; no nomination round is cited. The API fills {@code year} and {@code known} from the campaign
 * aggregate: {@code known} are those of the recipients asked for that the campaign knows (member units, registrants
 * with an active pledge), so the decision refuses the others. {@code achievement} is null for the year's work.
 * {@code campaignRules} is the version the campaign chose (null: the year's default), which the decision applies.
 */
public record IssueFormOfCommendation(String decisionNumber, LocalDate signedOn, String signedBy,
                                      CommendationAuthority issuer, CommendationKind kind, CommendationForm form,
                                      CampaignId campaignId, int year, String achievement, List<Recipient> known,
                                      List<RegistrantId> recipients, ChosenRuleVersion campaignRules) {

    /** Number and year of signing are the identity: a second decision with both the same is refused. */
    @TargetAggregateIdentifier
    public DecisionId decisionId() {
        return Require.decisionId(decisionNumber, signedOn);
    }
}
