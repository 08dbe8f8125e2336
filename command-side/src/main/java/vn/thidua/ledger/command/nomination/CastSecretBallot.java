package vn.thidua.ledger.command.nomination;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.RoundId;

/**
 * Bỏ phiếu kín with a blind-signed token: the token (32 random bytes, base64url) and the round's
 * RSA signature of it. Carries no voter; the API sends it without a principal in the metadata
 * (see docs/secret-ballot.md).
 */
public record CastSecretBallot(@TargetAggregateIdentifier RoundId roundId, String token, String signature,
                               List<RegistrantId> approved) {

    /** Token and signature are the ballot's only proof: keep them out of logs and error reports. */
    @Override
    public String toString() {
        return "CastSecretBallot[roundId=" + roundId + ", token=***, signature=***, approved=" + approved + "]";
    }
}
