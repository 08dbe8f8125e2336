package vn.thidua.ledger.command.nomination;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.RoundId;

/** Mở một phiếu bầu kín bằng văn bản from the open ballot box and enter its choices, without its sender. */
public record CountSealedWrittenVote(@TargetAggregateIdentifier RoundId roundId, List<RegistrantId> approved) {
}
