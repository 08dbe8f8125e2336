package vn.thidua.ledger.command.nomination;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.events.common.VoterId;

/**
 * The secretariat records the written vote of an absent member of an open round (R7), or, transcribing a past
 * year's paper round, each voter's vote as the minutes record it, with the day it was received ({@code receivedOn},
 * see TranscriptionDate).
 */
public record RecordWrittenVote(@TargetAggregateIdentifier RoundId roundId, VoterId voterId,
                                List<RegistrantId> approved, LocalDate receivedOn) {

    public RecordWrittenVote(RoundId roundId, VoterId voterId, List<RegistrantId> approved) {
        this(roundId, voterId, approved, null);
    }
}
