package vn.thidua.ledger.command.nomination;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.events.nomination.CandidateApprovals;

/**
 * Ghi biên bản kiểm phiếu of a secret round voted on paper: the counters, the ballots issued, returned, valid and
 * invalid, and each candidate's approvals. {@code countedOn} only when transcribing a past year (TranscriptionDate).
 */
public record RecordPaperTally(@TargetAggregateIdentifier RoundId roundId, List<String> counters, int ballotsIssued,
                               int ballotsReturned, int ballotsValid, int ballotsInvalid,
                               List<CandidateApprovals> approvals, LocalDate countedOn) {
}
