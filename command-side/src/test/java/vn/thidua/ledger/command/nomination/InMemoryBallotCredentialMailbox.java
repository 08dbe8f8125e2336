package vn.thidua.ledger.command.nomination;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.events.common.VoterId;

/**
 * Holds credentials in memory until each voter collects theirs, once. Nothing is persisted, so a
 * restart before collection loses the uncollected credentials (the round must then be reopened
 * under a new id): that is the price of never writing the pairing to disk.
 */
public final class InMemoryBallotCredentialMailbox implements BallotCredentialMailbox {

    private final Map<RoundId, Map<VoterId, String>> waiting = new ConcurrentHashMap<>();

    @Override
    public void deliver(RoundId roundId, Map<VoterId, String> credentials) {
        waiting.put(roundId, new ConcurrentHashMap<>(credentials));
    }

    @Override
    public Optional<String> collect(RoundId roundId, VoterId voterId) {
        return Optional.ofNullable(waiting.getOrDefault(roundId, new HashMap<>()).remove(voterId));
    }
}
