package vn.thidua.ledger.command.nomination;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.events.common.VoterId;

/**
 * Holds credentials in memory, for aggregate tests. A collected credential is handed out again
 * until the test says the window is over ({@link #endRefetchWindows}); the application's mailbox
 * measures that window with its clock.
 */
public final class InMemoryBallotCredentialMailbox implements BallotCredentialMailbox {

    private final Map<RoundId, Map<VoterId, String>> letters = new ConcurrentHashMap<>();
    private final Set<String> closedForRefetch = ConcurrentHashMap.newKeySet();

    @Override
    public void deliver(RoundId roundId, Map<VoterId, String> credentials) {
        letters.put(roundId, new ConcurrentHashMap<>(credentials));
    }

    @Override
    public Optional<String> collect(RoundId roundId, VoterId voterId) {
        return closedForRefetch.contains(roundId.value() + ":" + voterId.value()) ? Optional.empty()
                : held(roundId, voterId);
    }

    @Override
    public Optional<String> held(RoundId roundId, VoterId voterId) {
        return Optional.ofNullable(letters.getOrDefault(roundId, new HashMap<>()).get(voterId));
    }

    @Override
    public void replace(RoundId roundId, VoterId voterId, String credential) {
        letters.computeIfAbsent(roundId, id -> new ConcurrentHashMap<>()).put(voterId, credential);
        closedForRefetch.remove(roundId.value() + ":" + voterId.value());
    }

    @Override
    public void discard(RoundId roundId) {
        letters.remove(roundId);
    }

    /** As if the voters collected their credentials longer ago than the re-fetch window. */
    public void endRefetchWindows(RoundId roundId) {
        letters.getOrDefault(roundId, new HashMap<>()).keySet()
                .forEach(voter -> closedForRefetch.add(roundId.value() + ":" + voter.value()));
    }
}
