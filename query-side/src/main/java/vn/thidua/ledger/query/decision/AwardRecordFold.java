package vn.thidua.ledger.query.decision;

import vn.thidua.ledger.events.decision.AwardRevoked;
import vn.thidua.ledger.events.decision.CommendationDecided;
import vn.thidua.ledger.events.decision.CommendationKind;
import vn.thidua.ledger.events.decision.DecisionEvent;
import vn.thidua.ledger.events.decision.Recipient;
import vn.thidua.ledger.events.proposal.ProposalApproved;
import vn.thidua.ledger.events.proposal.ProposalEvent;
import vn.thidua.ledger.query.decision.AwardRecordView.Award;
import vn.thidua.ledger.query.decision.DecisionView.AwardStatus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One holder's award record as a pure fold of decision and proposal events; events about other holders leave it as
 * it is.
 */
public final class AwardRecordFold {

    private static final Comparator<Award> ORDER = Comparator.comparingInt(Award::year)
            .thenComparing(Award::signedOn).thenComparing(Award::decisionNumber).thenComparing(Award::registrantId);

    private AwardRecordFold() {
    }

    static AwardRecordView apply(AwardRecordView state, AwardHolder holder, DecisionEvent event) {
        if (event instanceof CommendationDecided decided) {
            List<Recipient> held = decided.recipients().stream().filter(holder::holds).toList();
            if (held.isEmpty()) {
                return state;
            }
            List<Award> awards = new ArrayList<>(state == null ? List.of() : state.awards());
            held.forEach(recipient -> awards.add(award(decided, recipient)));
            awards.sort(ORDER);
            return new AwardRecordView(holder.type(), holder.id(), holder.nameIn(held.get(held.size() - 1)), awards);
        }
        if (event instanceof AwardRevoked revoked && state != null && holder.holds(revoked.recipient())) {
            List<Award> awards = state.awards().stream()
                    .map(a -> a.decisionId().equals(revoked.decisionId().value())
                            && a.registrantId().equals(revoked.recipient().registrantId().value())
                            ? a.withRevocation(DecisionFold.revocationOf(revoked))
                            : a)
                    .toList();
            return new AwardRecordView(state.holderType(), state.holderId(), state.holderName(), awards);
        }
        return state;
    }

    /**
     * A proposal's step joins the holder's rows of the tờ trình; an approval also links the holder's rows of the
     * award to that tờ trình. Before the tờ trình's row exists there is nothing to add to.
     */
    static AwardRecordView apply(AwardRecordView state, ProposalEvent event) {
        if (state == null) {
            return null;
        }
        String proposal = event.proposalDecisionId().value();
        ProposalStep step = ProposalStep.of(event);
        ProposalApproved approved = event instanceof ProposalApproved a ? a : null;
        List<Award> awards = state.awards().stream().map(a -> {
            if (a.decisionId().equals(proposal)) {
                return a.withPath(ProposalStep.append(a.path(), step));
            }
            boolean awardedByApproval = approved != null && a.decisionId().equals(approved.awardDecisionId().value())
                    && step.awarded().contains(a.registrantId());
            return awardedByApproval ? a.withProposal(ProposalLink.of(approved)) : a;
        }).toList();
        return awards.equals(state.awards()) ? state
                : new AwardRecordView(state.holderType(), state.holderId(), state.holderName(), awards);
    }

    private static Award award(CommendationDecided decided, Recipient recipient) {
        return new Award(decided.year(), decided.title().name(), decided.title().vietnameseName(),
                         decided.title().holder().name(),
                         decided.kind() == CommendationKind.AWARD ? AwardStatus.AWARDED : AwardStatus.PROPOSED,
                         decided.decisionId().value(), decided.decisionNumber(), decided.signedOn(),
                         recipient.registrantId().value(), recipient.name(), recipient.unit().id().value(),
                         recipient.unit().name(), null, null, null);
    }
}
