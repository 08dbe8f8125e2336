package vn.thidua.ledger.command.nomination;

import java.util.Map;
import java.util.Optional;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.events.common.VoterId;

/**
 * Where the plaintext voter→credential pairs of a secret round go, outside the event store. The
 * only place the pairing exists: an implementation must hand each credential to its voter once
 * and then forget it, and never log it. See docs/secret-ballot.md.
 */
public interface BallotCredentialMailbox {

    void deliver(RoundId roundId, Map<VoterId, String> credentials);

    /** The voter's credential the first time they ask, and never again: empty afterwards, or if none was issued. */
    Optional<String> collect(RoundId roundId, VoterId voterId);
}
