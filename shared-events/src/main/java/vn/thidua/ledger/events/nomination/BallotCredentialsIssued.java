package vn.thidua.ledger.events.nomination;

import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.RoundId;

/**
 * Phát phiếu bầu kín: one one-time credential was issued per eligible voter of a secret round.
 * Only SHA-256 hashes are recorded, sorted so that their order says nothing about who got which.
 *
 * <p>No longer emitted: secret rounds opened since blind signatures (docs/secret-ballot.md) publish a
 * {@link BallotKeyPublished} instead. Kept, unchanged, so that stored years still read and replay.
 */
@Revision("1")
public record BallotCredentialsIssued(RoundId roundId, List<String> credentialHashes) implements NominationEvent {

    public BallotCredentialsIssued {
        credentialHashes = List.copyOf(credentialHashes);
    }
}
