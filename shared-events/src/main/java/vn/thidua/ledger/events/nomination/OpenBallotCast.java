package vn.thidua.ledger.events.nomination;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.events.common.VoterId;

/** Biểu quyết công khai: the voter, present, approved these candidates (none = approves nobody). */
@Revision("1")
public record OpenBallotCast(RoundId roundId, VoterId voterId, String voterName, List<RegistrantId> approved,
                             LocalDate castOn) implements NominationEvent {

    public OpenBallotCast {
        approved = List.copyOf(approved);
    }
}
