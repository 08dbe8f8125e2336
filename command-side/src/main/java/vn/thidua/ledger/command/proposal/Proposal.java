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
import vn.thidua.ledger.events.decision.CommendationKind;
import vn.thidua.ledger.events.decision.Recipient;
import vn.thidua.ledger.events.proposal.ProposalApproved;
import vn.thidua.ledger.events.proposal.ProposalLevel;
import vn.thidua.ledger.events.proposal.ProposalRefused;
import vn.thidua.ledger.events.proposal.ProposalReturned;
import vn.thidua.ledger.events.proposal.ProposalSubmitted;

/**
 * Hồ sơ đề nghị khen thưởng (a proposal going upward): the path of one tờ trình of a cluster towards the level
 * that decides its title. Guards that only a tờ trình goes up, with a complete dossier (PROPOSAL_DOSSIER), to the
 * next level on its route (PROPOSAL_ROUTE), that only a proposal awaiting an answer is returned, refused or
 * approved, and that the approving award is of its title and year, to its recipients, at the deciding level.
 *
 * <p>Lifecycle: submitted to the Ministry → (returned → submitted again)* → forwarded to the Central Board where the
 * title is decided there → approved by an award decision, or refused. Id: {@link ProposalId#of} its tờ trình.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
// The snapshot revision: raise it whenever a field changes, so older snapshots are ignored (rebuilt from events).
// 2: rule, the rule-set version an approval applies.
@Revision("2")
public class Proposal {

    @AggregateIdentifier
    ProposalId proposalId;
    DecisionId proposalDecisionId;
    String proposalDecisionNumber;
    Title title;
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
        if (decision.title() == null) {
            // ProposalSubmitted names a title; a form's way up needs events that name a form (docs/proposals.md).
            throw new DomainRejection(ErrorCode.NOT_A_PROPOSAL, "decision " + decision.decisionNumber()
                    + " proposes a form of commendation: only a title's tờ trình goes up the proposal path yet");
        }
        Require.present("submitted on", command.submittedOn());
        Require.present("level", command.level());
        // The tờ trình's version, which is its round's and so its campaign's choice (RuleVersionPolicy).
        RuleSet rules = catalog.citedBy(decision.rule());
        ProposalRoute.checkSubmission(decision.title(), level, status, command.level(), rules);
        apply(new ProposalSubmitted(command.proposalId(), decision.decisionId(), decision.decisionNumber(),
                decision.title(), decision.year(), proposalId == null ? decision.recipients() : recipients,
                command.level(), command.submittedOn(), ProposalDossier.check(command.dossier(), rules),
                rules.reference(RuleCode.PROPOSAL_ROUTE)));
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
        ProposalRoute.checkApproval(title, year, recipients, level, award, catalog.citedBy(rule));
        apply(new ProposalApproved(proposalId, proposalDecisionId, proposalDecisionNumber, title, year, recipients,
                level, award.decisionId(), award.decisionNumber(), award.signedOn(), award.recipients()));
    }

    private void requirePending() {
        if (status != ProposalStatus.SUBMITTED) {
            throw new DomainRejection(ErrorCode.PROPOSAL_NOT_PENDING, "proposal " + proposalId + " is "
                    + status.name().toLowerCase() + " at " + level.vietnameseName() + ", not awaiting an answer");
        }
    }

    @EventSourcingHandler
    void on(ProposalSubmitted event) {
        proposalId = event.proposalId();
        proposalDecisionId = event.proposalDecisionId();
        proposalDecisionNumber = event.proposalDecisionNumber();
        title = event.title();
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
    void on(ProposalApproved event) {
        status = ProposalStatus.APPROVED;
    }
}
