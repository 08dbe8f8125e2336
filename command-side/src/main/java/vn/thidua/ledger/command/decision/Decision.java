package vn.thidua.ledger.command.decision;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.command.cluster.LeadershipRotation;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.common.Require;
import vn.thidua.ledger.command.record.Nominee;
import vn.thidua.ledger.command.record.TitleCriteriaPolicy;
import vn.thidua.ledger.command.rules.RuleCode;
import vn.thidua.ledger.command.rules.RuleSet;
import vn.thidua.ledger.command.rules.RuleSetCatalog;
import vn.thidua.ledger.command.rules.RuleVersionPolicy;
import vn.thidua.ledger.events.common.DecisionId;
import vn.thidua.ledger.events.common.RuleReference;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.decision.AppointmentDecided;
import vn.thidua.ledger.events.decision.AwardRevocation;
import vn.thidua.ledger.events.decision.AwardRevoked;
import vn.thidua.ledger.events.decision.CommendationDecided;
import vn.thidua.ledger.events.decision.CommendationForm;
import vn.thidua.ledger.events.decision.CommendationKind;
import vn.thidua.ledger.events.decision.FormOfCommendationDecided;
import vn.thidua.ledger.events.decision.FormOfCommendationRevoked;
import vn.thidua.ledger.events.decision.ProposalCap;
import vn.thidua.ledger.events.decision.Recipient;

/**
 * Quyết định (decision): guards that a decision number is used once, that a commendation names only
 * winners of the round it cites, that recipients with a record of the year meet the title's criteria and a
 * unit's grassroots emulation fighters stay within their share (R2–R5, {@link TitleCriteriaPolicy}), that
 * Government flag proposals stay within their cap (R6), that head and deputy head are different units (R11),
 * that a form of commendation is awarded by the level competent for it and proposed by one below
 * ({@link FormCompetence}) to member units or registrants of the campaign named ({@link CampaignRecipients}),
 * and that an award is revoked at most once per recipient, on a legal ground, by a revocation decision (R10).
 *
 * <p>Lifecycle: issued (commendation or appointment), final from then on; an award's recipients may
 * later be revoked one by one. The aggregate id is derived from the year of signing and the decision number
 * ({@link DecisionId#of}); decisions recorded before that keep their legacy id ({@link DecisionId#legacyOf}).
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
// The snapshot revision: raise it whenever a field changes, so older snapshots are ignored (rebuilt from events).
// 2: signedOn, for the yearly id of a decision recorded under a legacy id.
// 3: roundRule, whose rule-set version a revocation and a proposal going up apply. 4: form. 5: formRule.
@Revision("5")
public class Decision {

    @AggregateIdentifier
    DecisionId decisionId;
    String decisionNumber;
    LocalDate signedOn;
    /** Null for an appointment decision: only commendations have recipients. */
    CommendationKind kind;
    Title title;
    /** Set instead of {@link #title} for a decision of a form of commendation. */
    CommendationForm form;
    int year;
    /** Keyed by registrant id value: Jackson snapshots need plain string keys. */
    Map<String, Recipient> recipients = new LinkedHashMap<>();
    Set<String> revoked = new HashSet<>();
    /** The rule of the round a commendation cites, for its revocation and its proposal; null for an appointment. */
    RuleReference roundRule;
    /** A form's competence rule: a form has no round, so its proposal going up applies this rule's version. */
    RuleReference formRule;

    protected Decision() {
        // for Axon and Jackson
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(IssueCommendationDecision command, RuleSetCatalog catalog, LegacyDecisions legacy) {
        requireNew(command.decisionId(), command.decisionNumber(), legacy);
        Require.name("signed by", command.signedBy());
        Require.present("kind", command.kind());
        Require.present("title", command.title());
        Require.year(command.year());
        Require.present("round", command.roundId());
        Require.present("round rule", command.roundRule());
        Require.notEmptyAndDistinct("round winners", Require.present("round winners", command.roundWinners())
                .stream().map(Recipient::registrantId).toList());
        Require.notEmptyAndDistinct("recipients", Require.present("recipients", command.recipients()));
        List<Recipient> recipients = command.recipients().stream().map(id -> command.roundWinners().stream()
                .filter(winner -> winner.registrantId().equals(id)).findFirst()
                .orElseThrow(() -> new DomainRejection(ErrorCode.NOT_A_ROUND_WINNER, id + " did not win round "
                        + command.roundId()))).toList();
        // The round's version, which is its campaign's choice: the winners were elected under it, so the criteria
        // and caps checked on them are those of the same rules.
        RuleSet rules = catalog.citedBy(command.roundRule());
        TitleCriteriaPolicy.checkRecipients(command.title(), command.year(),
                recipients.stream().map(Nominee::of).toList(), command.standings(), rules);
        ProposalCap cap = GovernmentFlagProposalCap.check(command, rules);
        apply(new CommendationDecided(command.decisionId(), command.decisionNumber(), command.signedOn(),
                command.signedBy(), command.kind(), command.title(), command.year(), command.roundId(),
                command.roundRule(), recipients, cap));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(IssueFormOfCommendation command, RuleSetCatalog catalog, LegacyDecisions legacy) {
        requireNew(command.decisionId(), command.decisionNumber(), legacy);
        Require.name("signed by", command.signedBy());
        Require.year(command.year());
        Require.present("campaign", command.campaignId());
        if (command.achievement() != null) {
            Require.text("achievement", command.achievement(), Require.MAX_TEXT);
        }
        RuleSet rules = RuleVersionPolicy.followCampaign(catalog, command.campaignRules(), command.year());
        FormCompetence.check(command.kind(), command.form(), command.issuer(), rules);
        List<Recipient> recipients = CampaignRecipients.pick(command.recipients(), command.known(),
                command.campaignId());
        apply(new FormOfCommendationDecided(command.decisionId(), command.decisionNumber(), command.signedOn(),
                command.signedBy(), command.issuer(), command.kind(), command.form(), command.year(),
                command.achievement(), command.campaignId(), recipients, rules.reference(RuleCode.FORM_COMPETENCE)));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(IssueAppointmentDecision command, RuleSetCatalog catalog, LegacyDecisions legacy) {
        requireNew(command.decisionId(), command.decisionNumber(), legacy);
        Require.name("signed by", command.signedBy());
        Require.present("cluster", command.clusterId());
        Require.name("cluster name", command.clusterName());
        Require.year(command.year());
        Require.name("head", Require.present("head", command.head()).name());
        Require.name("deputy head", Require.present("deputy head", command.deputyHead()).name());
        RuleSet rules = RuleVersionPolicy.followCampaign(catalog, command.campaignRules(), command.year());
        LeadershipRotation.requireTwoUnits(command.head().id(), command.deputyHead().id(), rules);
        apply(new AppointmentDecided(command.decisionId(), command.decisionNumber(), command.signedOn(),
                command.signedBy(), command.clusterId(), command.clusterName(), command.year(), command.head(),
                command.deputyHead(), rules.reference(RuleCode.R11)));
    }

    /**
     * A revocation cites the version its award was decided under (R10), so revoking a year's award follows the
     * year's choice too; decisions recorded before the version was kept in this aggregate replay their
     * {@code CommendationDecided}, which carries it; a form's, its competence rule's. An appointment decision has no
     * award to revoke: its refusal ({@code NOT_AN_AWARD}) cites the year's default. A form's revocation is its own
     * event, {@link FormOfCommendationRevoked}: {@link AwardRevoked} names a title.
     */
    @CommandHandler
    void handle(RevokeAward command, RuleSetCatalog catalog) {
        RuleSet rules = form != null ? catalog.citedBy(formRule)
                        : roundRule == null ? catalog.forYear(year) : catalog.citedBy(roundRule);
        Recipient recipient = RevocationPolicy.check(command, decisionNumber, kind, recipients, revoked, rules);
        apply(form != null
              ? new FormOfCommendationRevoked(decisionId, decisionNumber, form, recipient,
                        command.revocationDecisionNumber(), command.revokedOn(), command.ground(), command.reason(),
                        rules.reference(RuleCode.R10))
              : new AwardRevoked(decisionId, decisionNumber, title, recipient, command.revocationDecisionNumber(),
                        command.revokedOn(), command.ground(), command.reason(), rules.reference(RuleCode.R10)));
    }

    private void requireNew(DecisionId id, String number, LegacyDecisions legacy) {
        if (decisionId != null) {
            throw new DomainRejection(ErrorCode.ALREADY_EXISTS, "decision " + number + " of " + signedOn.getYear()
                    + " is already recorded");
        }
        DecisionNumberUsedOnce.check(id, number, legacy);
    }

    /** For {@link DecisionFacts}: the decision as another aggregate cites it. */
    DecisionSummary summary() {
        return new DecisionSummary(decisionId, decisionNumber, kind, title, form, year, signedOn,
                form == null ? roundRule : formRule,
                recipients.values().stream().filter(recipient -> !revoked.contains(recipient.registrantId().value()))
                        .toList());
    }

    /** For {@link LegacyDecisionRegister}: the id this decision has under the yearly scheme, whatever it was given. */
    DecisionId yearlyId() {
        return DecisionId.of(signedOn.getYear(), decisionNumber);
    }

    @EventSourcingHandler
    void on(CommendationDecided event) {
        decisionId = event.decisionId();
        decisionNumber = event.decisionNumber();
        signedOn = event.signedOn();
        kind = event.kind();
        title = event.title();
        year = event.year();
        roundRule = event.roundRule();
        event.recipients().forEach(recipient -> recipients.put(recipient.registrantId().value(), recipient));
    }

    @EventSourcingHandler
    void on(FormOfCommendationDecided event) {
        decisionId = event.decisionId();
        decisionNumber = event.decisionNumber();
        signedOn = event.signedOn();
        kind = event.kind();
        form = event.form();
        formRule = event.rule();
        year = event.year();
        event.recipients().forEach(recipient -> recipients.put(recipient.registrantId().value(), recipient));
    }

    @EventSourcingHandler
    void on(AppointmentDecided event) {
        decisionId = event.decisionId();
        decisionNumber = event.decisionNumber();
        signedOn = event.signedOn();
        year = event.year();
    }

    @EventSourcingHandler
    void on(AwardRevocation event) {
        revoked.add(event.recipient().registrantId().value());
    }
}
