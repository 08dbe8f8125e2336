package vn.thidua.ledger.query.nomination;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.nomination.BallotKind;
import vn.thidua.ledger.events.nomination.NominationEvent;
import vn.thidua.ledger.events.nomination.NominationRoundClosed;
import vn.thidua.ledger.events.nomination.NominationRoundOpened;
import vn.thidua.ledger.events.nomination.SealedWrittenVoteCounted;
import vn.thidua.ledger.events.nomination.SecretBallotCast;
import vn.thidua.ledger.query.nomination.RoundBallots.PublishedBallot;

/**
 * Công bố phiếu bầu kín, as a pure fold: a secret round's view starts at its opening (so rounds from
 * before blind signatures are published too, after a rebuild), takes each anonymous ballot (blind-signed, or an
 * absent member's sealed written ballot once opened), and
 * closes with the round. Open-ballot rounds have none: their votes are named in the audit trail.
 */
public final class RoundBallotsFold {

    private RoundBallotsFold() {
    }

    /** @return the next view, {@code state} itself for an event that does not change it (null for open rounds) */
    public static RoundBallots apply(RoundBallots state, NominationEvent event) {
        if (event instanceof NominationRoundOpened opened) {
            return opened.rule().ballot() == BallotKind.SECRET
                    ? new RoundBallots(opened.roundId().value(), RoundView.Status.OPEN, List.of())
                    : state;
        }
        if (state == null) {
            return null;
        }
        if (event instanceof SecretBallotCast || event instanceof SealedWrittenVoteCounted) {
            List<PublishedBallot> ballots = new ArrayList<>(state.ballots());
            ballots.add(new PublishedBallot(receiptOf(event), approvedOf(event).stream().map(RegistrantId::value).toList()));
            ballots.sort(Comparator.comparing(PublishedBallot::receipt));
            return new RoundBallots(state.roundId(), state.status(), ballots);
        }
        if (event instanceof NominationRoundClosed) {
            return new RoundBallots(state.roundId(), RoundView.Status.CLOSED, state.ballots());
        }
        return state;
    }

    /** A blind-signed ballot's receipt, or a sealed written ballot's: both are published and recounted alike. */
    static String receiptOf(NominationEvent ballot) {
        return ballot instanceof SecretBallotCast cast ? cast.receipt() : ((SealedWrittenVoteCounted) ballot).receipt();
    }

    private static List<RegistrantId> approvedOf(NominationEvent ballot) {
        return ballot instanceof SecretBallotCast cast ? cast.approved() : ((SealedWrittenVoteCounted) ballot).approved();
    }
}
