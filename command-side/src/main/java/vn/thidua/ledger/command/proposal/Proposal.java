package vn.thidua.ledger.command.proposal;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.common.Require;
import vn.thidua.ledger.command.decision.DecisionSummary;
import vn.thidua.ledger.command.rules.RuleCode;
import vn.thidua.ledger.command.rules.RuleSet;
import vn.thidua.ledger.command.rules.RuleSetCatalog;
import vn.thidua.ledger.events.common.DecisionId;
import vn.thidua.ledger.events.common.ProposalId;
import vn.thidua.ledger.events.common.RuleReference;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.decision.CommendationForm;
import vn.thidua.ledger.events.decision.CommendationKind;
import vn.thidua.ledger.events.decision.Recipient;
import vn.thidua.ledger.events.proposal.DossierDocument;
import vn.thidua.ledger.events.proposal.FormProposalApproved;
import vn.thidua.ledger.events.proposal.FormProposalSubmitted;
import vn.thidua.ledger.events.proposal.ProposalApproval;
import vn.thidua.ledger.events.proposal.ProposalApproved;
import vn.thidua.ledger.events.proposal.ProposalLevel;
import vn.thidua.ledger.events.proposal.ProposalRefused;
import vn.thidua.ledger.events.proposal.ProposalReturned;
import vn.thidua.ledger.events.proposal.ProposalSubmission;
import vn.thidua.ledger.events.proposal.ProposalSubmitted;

/**
 * Hồ sơ đề nghị khen thưởng (a proposal going upward): the path of one tờ trình of a cluster towards the level
 * that decides its title or form of commendation. Guards that only a tờ trình goes up, with a complete dossier
 * (PROPOSAL_DOSSIER), to the next level on its route (PROPOSAL_ROUTE), that only a proposal awaiting an answer is
 * returned, refused or approved, and that the approving award is of its title or form and year, to its recipients,
 * at the deciding level. A title's path is recorded by {@link ProposalSubmitted} / {@link ProposalApproved}, a
 * form's by {@link FormProposalSubmitted} / {@link FormProposalApproved}; returns and refusals name neither.
 *
 * <p>Lifecycle: submitted to the Ministry → (returned → submitted again)* → forwarded to the Central Board where the
 * title or form is decided there → approved by an award decision, or refused. Id: {@link ProposalId#of} its tờ
 * trình.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
// The snapshot revision: raise it whenever a field changes, so older snapshots are ignored (rebuilt from events).
// 2: rule, the rule-set version an approval applies. 3: form.
@Revision("3")
public class Proposal {

    @AggregateIdentifier
    ProposalId proposalId;
    DecisionId proposalDecisionId;
    String proposalDecisionNumber;
    /** A proposal is of a title or, instead, of a form of commendation. */
    Title title;
    CommendationForm form;
    int year;
    List<Recipient> recipients = new ArrayList<>();
    ProposalLevel level;
    ProposalStatus status;
    /** The routing rule of the last submission: its version is the tờ trình's, which an approval applies too. */
    RuleReference rule;

    protected Proposal() {
        // for Axon and Jackson
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SubmitProposal command, RuleSetCatalog catalog) {
        DecisionSummary decision = Require.present("proposal decision", command.proposalDecision());
        if (decision.kind() != CommendationKind.PROPOSAL) {
            throw new DomainRejection(ErrorCode.NOT_A_PROPOSAL, "decision " + decision.decisionNumber()
                    + " is not a tờ trình đề nghị");
        }
        Require.present("submitted on", command.submittedOn());
        Require.present("level", command.level());
        // The tờ trình's version: a title's round's, a form's campaign's, so the campaign's choice (RuleVersionPolicy).
        RuleSet rules = catalog.citedBy(decision.rule());
        ProposedCommendation proposed = ProposedCommendation.of(decision);
        ProposalRoute.checkSubmission(proposed, level, status, command.level(), rules);
        List<Recipient> going = proposalId == null ? decision.recipients() : recipients;
        List<DossierDocument> dossier = ProposalDossier.check(command.dossier(), rules);
        RuleReference route = rules.reference(RuleCode.PROPOSAL_ROUTE);
        apply(proposed.form() == null
              ? new ProposalSubmitted(command.proposalId(), decision.decisionId(), decision.decisionNumber(),
                        decision.title(), decision.year(), going, command.level(), command.submittedOn(), dossier,
                        route)
              : new FormProposalSubmitted(command.proposalId(), decision.decisionId(), decision.decisionNumber(),
                        decision.form(), decision.year(), going, command.level(), command.submittedOn(), dossier,
                        route));
    }

    @CommandHandler
    void handle(ReturnProposal command) {
        requirePending();
        Require.present("returned on", command.returnedOn());
        Require.text("reason", command.reason(), Require.MAX_TEXT);
        apply(new ProposalReturned(proposalId, proposalDecisionId, recipients, level, command.returnedOn(),
                command.reason()));
    }

    @CommandHandler
    void handle(RefuseProposal command) {
        requirePending();
        Require.present("refused on", command.refusedOn());
        Require.text("reason", command.reason(), Require.MAX_TEXT);
        apply(new ProposalRefused(proposalId, proposalDecisionId, recipients, level, command.refusedOn(),
                command.reason()));
    }

    @CommandHandler
    void handle(ApproveProposal command, RuleSetCatalog catalog) {
        requirePending();
        DecisionSummary award = Require.present("award decision", command.award());
        ProposalRoute.checkApproval(new ProposedCommendation(title, form), year, recipients, level, award,
                catalog.citedBy(rule));
        apply(form == null
              ? new ProposalApproved(proposalId, proposalDecisionId, proposalDecisionNumber, title, year, recipients,
                        level, award.decisionId(), award.decisionNumber(), award.signedOn(), award.recipients())
              : new FormProposalApproved(proposalId, proposalDecisionId, proposalDecisionNumber, form, year,
                        recipients, level, award.decisionId(), award.decisionNumber(), award.signedOn(),
                        award.recipients()));
    }

    private void requirePending() {
        if (status != ProposalStatus.SUBMITTED) {
            throw new DomainRejection(ErrorCode.PROPOSAL_NOT_PENDING, "proposal " + proposalId + " is "
                    + status.name().toLowerCase() + " at " + level.vietnameseName() + ", not awaiting an answer");
        }
    }

    @EventSourcingHandler
    void on(ProposalSubmitted event) {
        title = event.title();
        submitted(event);
    }

    @EventSourcingHandler
    void on(FormProposalSubmitted event) {
        form = event.form();
        submitted(event);
    }

    private void submitted(ProposalSubmission event) {
        proposalId = event.proposalId();
        proposalDecisionId = event.proposalDecisionId();
        proposalDecisionNumber = event.proposalDecisionNumber();
        year = event.year();
        recipients = new ArrayList<>(event.recipients());
        level = event.level();
        rule = event.rule();
        status = ProposalStatus.SUBMITTED;
    }

    @EventSourcingHandler
    void on(ProposalReturned event) {
        status = ProposalStatus.RETURNED;
    }

    @EventSourcingHandler
    void on(ProposalRefused event) {
        status = ProposalStatus.REFUSED;
    }

    @EventSourcingHandler
    void on(ProposalApproval event) {
        status = ProposalStatus.APPROVED;
    }
}
