package vn.thidua.ledger.command.nomination;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.events.common.VoterId;

/** The secretariat records the written vote of an absent member of an open round (R7). */
public record RecordWrittenVote(@TargetAggregateIdentifier RoundId roundId, VoterId voterId,
                                List<RegistrantId> approved) {
}
