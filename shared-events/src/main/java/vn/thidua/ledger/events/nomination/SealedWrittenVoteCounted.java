package vn.thidua.ledger.events.nomination;

import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.RoundId;

/**
 * Mở phiếu bầu kín bằng văn bản: once the ballot box is open, one sealed written ballot was taken from it and its
 * choices entered, without its sender: it is published at the close under {@code receipt} like every secret ballot,
 * and counted like one. Never more of them than sealed ballots received.
 */
@Revision("1")
public record SealedWrittenVoteCounted(RoundId roundId, String receipt, List<RegistrantId> approved)
        implements NominationEvent {

    public SealedWrittenVoteCounted {
        approved = List.copyOf(approved);
    }
}
