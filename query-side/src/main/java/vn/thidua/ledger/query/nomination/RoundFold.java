package vn.thidua.ledger.query.nomination;

import vn.thidua.ledger.events.campaign.IllustrativeFigure;
import vn.thidua.ledger.events.nomination.BallotBoxOpened;
import vn.thidua.ledger.events.nomination.BallotKeyPublished;
import vn.thidua.ledger.events.nomination.BallotKind;
import vn.thidua.ledger.events.nomination.BlindSignatureIssued;
import vn.thidua.ledger.events.nomination.CandidateOutcome;
import vn.thidua.ledger.events.nomination.CandidateResult;
import vn.thidua.ledger.events.nomination.IllustrativeTalliesDeclared;
import vn.thidua.ledger.events.nomination.NominationEvent;
import vn.thidua.ledger.events.nomination.NominationRoundClosed;
import vn.thidua.ledger.events.nomination.NominationRoundOpened;
import vn.thidua.ledger.events.nomination.OpenBallotCast;
import vn.thidua.ledger.events.nomination.SealedWrittenVoteCounted;
import vn.thidua.ledger.events.nomination.SecretBallotCast;
import vn.thidua.ledger.events.nomination.ThresholdBase;
import vn.thidua.ledger.events.nomination.WrittenVoteRecorded;
import vn.thidua.ledger.query.nomination.RoundView.BallotKey;
import vn.thidua.ledger.query.nomination.RoundView.CandidateRef;
import vn.thidua.ledger.query.nomination.RoundView.IllustrativeTallies;
import vn.thidua.ledger.query.nomination.RoundView.Result;
import vn.thidua.ledger.query.nomination.RoundView.Status;
import vn.thidua.ledger.query.nomination.RoundView.Tally;
import vn.thidua.ledger.query.view.EventFacts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The round view as a pure fold of the round's events: live projection, rebuild and as-of share it. Ballots are
 * only counted here, never attributed: an open or written ballot's voter id is dropped on the way in, so no
 * reader of the view can tie a voter to a choice. The tally is the one the round announced on closing.
 */
public final class RoundFold {

    private RoundFold() {
    }

    /** @return the next view, or {@code state} itself for an event that does not change it */
    public static RoundView apply(RoundView state, NominationEvent event, EventFacts facts) {
        if (event instanceof NominationRoundOpened opened) {
            List<CandidateRef> candidates = opened.candidates().stream()
                    .map(c -> new CandidateRef(c.registrantId().value(), c.name(), c.unit().id().value(), c.unit().name()))
                    .toList();
            List<String> receipts = List.of();
            return new RoundView(opened.roundId().value(), opened.campaignId().value(), opened.year(), opened.title(),
                                 opened.title().vietnameseName(), Status.OPEN, opened.rule(), candidates,
                                 opened.voters().size(), 0, receipts, null, 0, null, null, opened.openedOn(), null, null);
        }
        if (state == null) {
            throw new IllegalStateException("Round " + event.roundId() + " has events before its opening");
        }
        if (event instanceof OpenBallotCast || event instanceof WrittenVoteRecorded) {
            return counted(state, state.ballotReceipts());
        }
        if (event instanceof SecretBallotCast || event instanceof SealedWrittenVoteCounted) {
            List<String> receipts = new ArrayList<>(state.ballotReceipts());
            receipts.add(RoundBallotsFold.receiptOf(event));
            receipts.sort(null);
            return counted(state, receipts);
        }
        if (event instanceof NominationRoundClosed closed) {
            return closed(state, closed);
        }
        if (event instanceof IllustrativeTalliesDeclared declared) {
            return illustrative(state, new IllustrativeTallies(declared.note(), IllustrativeFigure.LABEL));
        }
        if (event instanceof BallotKeyPublished key) {
            return withKey(state, new BallotKey(key.scheme(), key.modulus(), key.publicExponent()), state.signaturesIssued(),
                           state.ballotBoxOpenedOn());
        }
        if (event instanceof BlindSignatureIssued) {
            return withKey(state, state.ballotKey(), state.signaturesIssued() + 1, state.ballotBoxOpenedOn());
        }
        if (event instanceof BallotBoxOpened opened) {
            return withKey(state, state.ballotKey(), state.signaturesIssued(), opened.openedOn());
        }
        // Credentials of older rounds (only hashes), reissue grants (the signature count shows their use), sealed
        // written ballots received (counted when opened), a council's roster (the opening has its voters), paper minutes
        // (the close has their result).
        return state;
    }

    private static RoundView counted(RoundView state, List<String> receipts) {
        return new RoundView(state.roundId(), state.campaignId(), state.year(), state.title(), state.titleName(),
                             state.status(), state.rule(), state.candidates(), state.totalMembership(),
                             state.ballotsReceived() + 1, receipts, state.ballotKey(), state.signaturesIssued(),
                             state.ballotBoxOpenedOn(), state.result(), state.openedOn(), state.closedOn(),
                             state.illustrative());
    }

    private static RoundView illustrative(RoundView state, IllustrativeTallies illustrative) {
        return new RoundView(state.roundId(), state.campaignId(), state.year(), state.title(), state.titleName(),
                             state.status(), state.rule(), state.candidates(), state.totalMembership(),
                             state.ballotsReceived(), state.ballotReceipts(), state.ballotKey(), state.signaturesIssued(),
                             state.ballotBoxOpenedOn(), state.result(), state.openedOn(), state.closedOn(), illustrative);
    }

    private static RoundView withKey(RoundView state, BallotKey key, int signaturesIssued, LocalDate ballotBoxOpenedOn) {
        return new RoundView(state.roundId(), state.campaignId(), state.year(), state.title(), state.titleName(),
                             state.status(), state.rule(), state.candidates(), state.totalMembership(),
                             state.ballotsReceived(), state.ballotReceipts(), key, signaturesIssued, ballotBoxOpenedOn,
                             state.result(), state.openedOn(), state.closedOn(), state.illustrative());
    }

    private static RoundView closed(RoundView state, NominationRoundClosed closed) {
        List<Tally> tallies = closed.results().stream().map(RoundFold::tally).toList();
        List<CandidateRef> winners = closed.results().stream()
                .filter(r -> r.outcome() == CandidateOutcome.ELECTED)
                .map(r -> new CandidateRef(r.registrantId().value(), r.name(), r.unit().id().value(), r.unit().name()))
                .toList();
        ThresholdBase base = closed.rule().base();
        int baseCount = base == ThresholdBase.TOTAL_MEMBERSHIP ? closed.totalMembership() : closed.ballotsReceived();
        Integer required = closed.results().isEmpty() ? null : closed.results().get(0).requiredVotes();
        Result result = new Result(closed.quorumMet(), base, baseCount, required, tallies, winners, closed.tieAtCap());
        List<String> receipts = closed.rule().ballot() == BallotKind.SECRET ? state.ballotReceipts() : List.of();
        return new RoundView(state.roundId(), state.campaignId(), state.year(), state.title(), state.titleName(),
                             Status.CLOSED, closed.rule(), state.candidates(), closed.totalMembership(),
                             closed.ballotsReceived(), receipts, state.ballotKey(), state.signaturesIssued(),
                             state.ballotBoxOpenedOn(), result, state.openedOn(), closed.closedOn(),
                             state.illustrative());
    }

    private static Tally tally(CandidateResult r) {
        return new Tally(r.registrantId().value(), r.name(), r.unit().id().value(), r.unit().name(), r.approvals(),
                         r.base(), r.requiredVotes(), r.approvals() >= r.requiredVotes(), r.outcome());
    }
}
