package vn.thidua.ledger.command.nomination;

import java.security.interfaces.RSAPrivateCrtKey;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.thidua.ledger.events.common.RoundId;

/**
 * A vault that lives and dies with its holder: for aggregate tests, and for the workbook import's rehearsal, whose
 * rounds must never leave a key in the application's real vault.
 */
public final class InMemoryRoundKeyVault implements RoundKeyVault {

    private final Map<RoundId, RSAPrivateCrtKey> keys = new ConcurrentHashMap<>();

    @Override
    public void keep(RoundId roundId, RSAPrivateCrtKey key) {
        if (keys.putIfAbsent(roundId, key) != null) {
            throw new IllegalStateException("round " + roundId + " has a key");
        }
    }

    @Override
    public Optional<RSAPrivateCrtKey> find(RoundId roundId) {
        return Optional.ofNullable(keys.get(roundId));
    }

    @Override
    public void destroy(RoundId roundId) {
        keys.remove(roundId);
    }
}
