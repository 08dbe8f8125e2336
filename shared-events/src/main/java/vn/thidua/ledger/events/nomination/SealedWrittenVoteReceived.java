package vn.thidua.ledger.events.nomination;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.events.common.VoterId;

/**
 * Phiếu bầu kín bằng văn bản của thành viên vắng mặt: the secretariat received, on {@code receivedOn}, the sealed
 * written ballot of absent member {@code voterId} for a secret round (R7: absent members vote in writing). The outer
 * envelope names the member; the inner one goes into the ballot box unopened, so nothing here says how they voted.
 * The member gets no blind signature after it, as one who got one sends no sealed ballot.
 */
@Revision("1")
public record SealedWrittenVoteReceived(RoundId roundId, VoterId voterId, LocalDate receivedOn)
        implements NominationEvent {
}
