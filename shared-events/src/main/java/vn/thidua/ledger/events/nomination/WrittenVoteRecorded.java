package vn.thidua.ledger.events.nomination;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.events.common.VoterId;

/**
 * Phiếu bằng văn bản của thành viên vắng mặt: the secretariat recorded an absent member's written
 * vote in an open round (R7). Written votes of a secret round are sealed ballots: {@link SealedWrittenVoteReceived},
 * then {@link SealedWrittenVoteCounted}.
 */
@Revision("1")
public record WrittenVoteRecorded(RoundId roundId, VoterId voterId, String voterName, List<RegistrantId> approved,
                                  LocalDate receivedOn) implements NominationEvent {

    public WrittenVoteRecorded {
        approved = List.copyOf(approved);
    }
}
