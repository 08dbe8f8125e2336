package vn.thidua.ledger.command.nomination;

import java.security.interfaces.RSAPrivateCrtKey;
import java.util.Optional;
import vn.thidua.ledger.events.common.RoundId;

/**
 * Két khóa của đợt bỏ phiếu kín: where a secret round's private signing key lives while the round
 * is open, outside the event store (which keeps only the public key). Whoever reads it can sign
 * tokens of their own (stuff ballots, which the count of signatures issued exposes) but cannot link
 * a voter to a ballot: see docs/threat-model.md. Never logged.
 */
public interface RoundKeyVault {

    /** Keeps the key of a round just opened; a round has one key, so a second one is refused. */
    void keep(RoundId roundId, RSAPrivateCrtKey key);

    Optional<RSAPrivateCrtKey> find(RoundId roundId);

    /** The round closed: nobody signs for it again. */
    void destroy(RoundId roundId);
}
