package vn.thidua.ledger.command.nomination;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.events.common.VoterId;

/** Biểu quyết công khai: a present voter approves these candidates (an empty list approves nobody). */
public record CastOpenBallot(@TargetAggregateIdentifier RoundId roundId, VoterId voterId,
                             List<RegistrantId> approved) {
}
