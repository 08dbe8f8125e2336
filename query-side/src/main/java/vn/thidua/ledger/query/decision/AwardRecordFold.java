package vn.thidua.ledger.query.decision;

import vn.thidua.ledger.events.decision.AwardRevocation;
import vn.thidua.ledger.events.decision.CommendationDecided;
import vn.thidua.ledger.events.decision.CommendationKind;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.decision.DecisionEvent;
import vn.thidua.ledger.events.decision.FormOfCommendationDecided;
import vn.thidua.ledger.events.decision.Recipient;
import vn.thidua.ledger.events.proposal.ProposalApproval;
import vn.thidua.ledger.events.proposal.ProposalEvent;
import vn.thidua.ledger.query.decision.AwardRecordView.Award;
import vn.thidua.ledger.query.decision.DecisionView.AwardStatus;
import vn.thidua.ledger.query.decision.DecisionView.FormOfCommendation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

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
            return withAwards(state, holder, decided.recipients(), recipient -> award(decided, recipient));
        }
        if (event instanceof FormOfCommendationDecided decided) {
            return withAwards(state, holder, decided.recipients(), recipient -> award(decided, recipient));
        }
        if (event instanceof AwardRevocation revoked && state != null && holder.holds(revoked.recipient())) {
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
        ProposalApproval approved = event instanceof ProposalApproval a ? a : null;
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

    /** The holder's recipients of a decision join its record, in order; a decision for others leaves it as it is. */
    private static AwardRecordView withAwards(AwardRecordView state, AwardHolder holder, List<Recipient> recipients,
                                              Function<Recipient, Award> award) {
        List<Recipient> held = recipients.stream().filter(holder::holds).toList();
        if (held.isEmpty()) {
            return state;
        }
        List<Award> awards = new ArrayList<>(state == null ? List.of() : state.awards());
        held.forEach(recipient -> awards.add(award.apply(recipient)));
        awards.sort(ORDER);
        return new AwardRecordView(holder.type(), holder.id(), holder.nameIn(held.get(held.size() - 1)), awards);
    }

    private static Award award(FormOfCommendationDecided decided, Recipient recipient) {
        // A member unit's registrant id is the unit's own id (pledge registration): that recipient is the collective.
        Title.Holder holder = recipient.registrantId().value().equals(recipient.unit().id().value())
                ? Title.Holder.COLLECTIVE : Title.Holder.INDIVIDUAL;
        return new Award(decided.year(), null, null, holder.name(), status(decided.kind()),
                         decided.decisionId().value(), decided.decisionNumber(), decided.signedOn(),
                         recipient.registrantId().value(), recipient.name(), recipient.unit().id().value(),
                         recipient.unit().name(), null, null, null, FormOfCommendation.of(decided));
    }

    private static Award award(CommendationDecided decided, Recipient recipient) {
        return new Award(decided.year(), decided.title().name(), decided.title().vietnameseName(),
                         decided.title().holder().name(),
                         status(decided.kind()), decided.decisionId().value(), decided.decisionNumber(),
                         decided.signedOn(), recipient.registrantId().value(), recipient.name(),
                         recipient.unit().id().value(), recipient.unit().name(), null, null, null, null);
    }

    private static AwardStatus status(CommendationKind kind) {
        return kind == CommendationKind.AWARD ? AwardStatus.AWARDED : AwardStatus.PROPOSED;
    }
}
