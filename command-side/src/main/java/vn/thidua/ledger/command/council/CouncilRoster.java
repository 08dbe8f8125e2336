package vn.thidua.ledger.command.council;

import java.time.LocalDate;
import java.util.List;
import vn.thidua.ledger.events.common.CouncilId;
import vn.thidua.ledger.events.nomination.Voter;

/**
 * Danh sách thành viên Hội đồng tại một ngày: who sat on the council on {@code asOf} (the round's voters, and their
 * number its total membership, R7), and the grassroots threshold the council had set in force that day (null if
 * none). Read from the council aggregate by {@link CouncilFacts}, never taken from a request.
 */
public record CouncilRoster(CouncilId councilId, String name, LocalDate asOf, List<Voter> voters,
                            CouncilThreshold grassrootsThreshold) {

    public CouncilRoster {
        voters = List.copyOf(voters);
    }

    public int totalMembership() {
        return voters.size();
    }
}
