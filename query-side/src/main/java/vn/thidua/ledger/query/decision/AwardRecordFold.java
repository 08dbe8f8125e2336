package vn.thidua.ledger.query.decision;

import vn.thidua.ledger.events.decision.AwardRevoked;
import vn.thidua.ledger.events.decision.CommendationDecided;
import vn.thidua.ledger.events.decision.CommendationKind;
import vn.thidua.ledger.events.decision.DecisionEvent;
import vn.thidua.ledger.events.decision.Recipient;
import vn.thidua.ledger.query.decision.AwardRecordView.Award;
import vn.thidua.ledger.query.decision.DecisionView.AwardStatus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One holder's award record as a pure fold of decision events; events about other holders leave it as it is. */
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
                            ? new Award(a.year(), a.title(), a.titleName(), a.holder(), AwardStatus.REVOKED, a.decisionId(),
                                        a.decisionNumber(), a.signedOn(), a.registrantId(), a.recipientName(), a.unitId(),
                                        a.unitName(), DecisionFold.revocationOf(revoked))
                            : a)
                    .toList();
            return new AwardRecordView(state.holderType(), state.holderId(), state.holderName(), awards);
        }
        return state;
    }

    private static Award award(CommendationDecided decided, Recipient recipient) {
        return new Award(decided.year(), decided.title().name(), decided.title().vietnameseName(),
                         decided.title().holder().name(),
                         decided.kind() == CommendationKind.AWARD ? AwardStatus.AWARDED : AwardStatus.PROPOSED,
                         decided.decisionId().value(), decided.decisionNumber(), decided.signedOn(),
                         recipient.registrantId().value(), recipient.name(), recipient.unit().id().value(),
                         recipient.unit().name(), null);
    }
}
