package vn.thidua.ledger.query.decision;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.events.decision.AppointmentDecided;
import vn.thidua.ledger.events.decision.AwardRevocation;
import vn.thidua.ledger.events.decision.CommendationDecided;
import vn.thidua.ledger.events.decision.DecisionEvent;
import vn.thidua.ledger.events.decision.FormOfCommendationDecided;
import vn.thidua.ledger.events.decision.Recipient;
import vn.thidua.ledger.events.nomination.NominationRoundOpened;
import vn.thidua.ledger.events.proposal.ProposalApproval;
import vn.thidua.ledger.events.proposal.ProposalEvent;
import vn.thidua.ledger.query.view.Positions;

import java.util.List;

/**
 * Keeps the decisions view: each decision by id ({@link DecisionFold}), the award record of every recipient's
 * unit and of the recipient ({@link AwardRecordFold}), and the list of decisions per cluster and year. A proposal
 * going up adds its steps to its tờ trình and to its recipients' rows of it, and links the approving award.
 * <p>
 * Which year's list a decision joins: a commendation joins its round's campaign year (an award for 2022 signed
 * in January 2023 is still of 2022), a form of commendation its campaign's cluster and year; an appointment joins the year it was signed in (the 2023 head is appointed
 * at the 2022 year-end conference, as in the seed).
 */
@Component
@ProcessingGroup(DecisionProjector.NAME)
class DecisionProjector {

    static final String NAME = "decisions";

    private final DecisionViews views;

    DecisionProjector(DecisionViews views) {
        this.views = views;
    }

    @EventHandler
    void on(NominationRoundOpened opened, TrackingToken token) {
        String cluster = opened.campaignId().clusterOf(opened.year()).value();
        views.roundLinks().fold(opened.roundId().value(), Positions.of(token), ignored -> new RoundLink(cluster, opened.year()));
    }

    @EventHandler
    void on(DecisionEvent event, TrackingToken token) {
        long position = Positions.of(token);
        views.decisions().fold(event.decisionId().value(), position, state -> DecisionFold.apply(state, event));
        holders(event).forEach(holder -> views.awardRecords().fold(
                holder.key(), position, state -> AwardRecordFold.apply(state, holder, event)));
        if (event instanceof CommendationDecided decided) {
            views.roundLinks().find(decided.roundId().value()).ifPresent(
                    link -> list(link.view().clusterId(), link.view().year(), decided.decisionId().value(), position));
        } else if (event instanceof FormOfCommendationDecided decided) {
            list(decided.campaignId().clusterOf(decided.year()).value(), decided.year(), decided.decisionId().value(),
                 position);
        } else if (event instanceof AppointmentDecided decided) {
            list(decided.clusterId().value(), decided.signedOn().getYear(), decided.decisionId().value(), position);
        }
    }

    /** A proposal's step: on its tờ trình, on the award that approved it, and in its recipients' award records. */
    @EventHandler
    void on(ProposalEvent event, TrackingToken token) {
        long position = Positions.of(token);
        views.decisions().fold(event.proposalDecisionId().value(), position,
                               state -> DecisionFold.applyToProposal(state, event));
        if (event instanceof ProposalApproval approved) {
            views.decisions().fold(approved.awardDecisionId().value(), position,
                                   state -> DecisionFold.applyToAward(state, approved));
        }
        holdersOf(event.recipients()).forEach(holder ->
                views.awardRecords().fold(holder.key(), position, state -> AwardRecordFold.apply(state, event)));
    }

    @ResetHandler
    void reset() {
        views.clear();
    }

    private void list(String clusterId, int year, String decisionId, long position) {
        views.lists().fold(DecisionList.key(clusterId, year), position,
                           state -> (state == null ? new DecisionList(clusterId, year, List.of()) : state).with(decisionId));
    }

    private static List<AwardHolder> holders(DecisionEvent event) {
        if (event instanceof CommendationDecided decided) {
            return holdersOf(decided.recipients());
        }
        if (event instanceof FormOfCommendationDecided decided) {
            return holdersOf(decided.recipients());
        }
        if (event instanceof AwardRevocation revoked) {
            return AwardHolder.of(revoked.recipient());
        }
        return List.of();
    }

    private static List<AwardHolder> holdersOf(List<Recipient> recipients) {
        return recipients.stream().flatMap(r -> AwardHolder.of(r).stream()).distinct().toList();
    }
}
