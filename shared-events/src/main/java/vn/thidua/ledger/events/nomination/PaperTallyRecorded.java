package vn.thidua.ledger.events.nomination;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.RoundId;

/**
 * Biên bản kiểm phiếu: a secret round voted on paper was counted by the vote counters ({@code counters}, Ban kiểm
 * phiếu) on {@code countedOn}: ballots issued, returned (absent members' written ballots among them), valid and
 * invalid, and each candidate's approvals among the valid ones. The round's result is computed from these figures at
 * its close, under its own rule. Nothing in it names a voter.
 */
@Revision("1")
public record PaperTallyRecorded(RoundId roundId, List<String> counters, int ballotsIssued, int ballotsReturned,
                                 int ballotsValid, int ballotsInvalid, List<CandidateApprovals> approvals,
                                 LocalDate countedOn) implements NominationEvent {

    public PaperTallyRecorded {
        counters = List.copyOf(counters);
        approvals = List.copyOf(approvals);
    }
}
