package vn.thidua.ledger.events.nomination;

import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.RoundId;

/**
 * Phiếu bầu kín: an anonymous ballot. It carries no voter and not the credential's stored hash,
 * only a receipt derived from the credential (by a different hash) that lets the voter find
 * their own ballot in the published list. See docs/secret-ballot.md.
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
