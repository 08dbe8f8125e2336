package vn.thidua.ledger.command.nomination;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.RoundId;

/**
 * Bỏ phiếu kín with a one-time credential. Carries no voter; the API must send it without a
 * principal in the metadata (see docs/secret-ballot.md).
 */
public record CastSecretBallot(@TargetAggregateIdentifier RoundId roundId, String credential,
                               List<RegistrantId> approved) {

    /** The credential is a secret: keep it out of logs and error reports. */
    @Override
    public String toString() {
        return "CastSecretBallot[roundId=" + roundId + ", credential=***, approved=" + approved + "]";
    }
}
