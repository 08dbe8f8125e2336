package vn.thidua.ledger.command.nomination;

import java.util.Map;
import java.util.Optional;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.events.common.VoterId;

/**
 * Where the plaintext voter→credential pairs of a secret round go, outside the event store. The
 * only place the pairing exists: an implementation must never log it, hand a credential only to its
 * voter, and forget the round's pairs when it closes. See docs/secret-ballot.md.
 */
public interface BallotCredentialMailbox {

    void deliver(RoundId roundId, Map<VoterId, String> credentials);

    /**
     * The voter's credential: the first time they ask, and again within a short window after that
     * (a lost response or a retry must not cost them their vote); empty afterwards, or if none was issued.
     */
    Optional<String> collect(RoundId roundId, VoterId voterId);

    /**
     * The voter's current credential whether collected or not, for the round to check that it is
     * unused before voiding it on a reissue; empty once the round's pairs are forgotten.
     */
    Optional<String> held(RoundId roundId, VoterId voterId);

    /** A reissued credential replaces the voter's letter, uncollected again. */
    void replace(RoundId roundId, VoterId voterId, String credential);

    /** Forget every pair of the round (it closed): nobody can recompute a voter's receipt afterwards. */
    void discard(RoundId roundId);
}
