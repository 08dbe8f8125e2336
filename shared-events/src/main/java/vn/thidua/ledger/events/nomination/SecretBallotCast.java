package vn.thidua.ledger.events.nomination;

import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.RoundId;

/**
 * Phiếu bầu kín: an anonymous ballot. It carries no voter, only a receipt, SHA-256 of the
 * token that the round blind-signed (before blind signatures: of the credential), by which the
 * voter finds their own ballot in the published list. Same shape for both, so revision 1 still.
 * See docs/secret-ballot.md.
 */
@Revision("1")
public record SecretBallotCast(RoundId roundId, String receipt, List<RegistrantId> approved)
        implements NominationEvent {

    /**
     * The only principal a secret ballot's metadata may carry: the command is sent without identity, and
     * readers of the audit trail show nothing else for it.
     */
    public static final String ANONYMOUS_PRINCIPAL = "anonymous-ballot";

    public SecretBallotCast {
        approved = List.copyOf(approved);
    }
}
