package vn.thidua.ledger.command.nomination;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.common.Require;
import vn.thidua.ledger.events.nomination.CandidateApprovals;

/**
 * Biên bản kiểm phiếu must add up: no more ballots issued than the council has members on the round's date (R7's
 * total membership), returned ≤ issued, returned = valid + invalid, a candidate's approvals ≤ valid ballots, every
 * candidate counted once, and a vote-counting board (Ban kiểm phiếu) named. Source: the arithmetic of any counting
 * minutes [I]; who may count and the form of the minutes are the council's rules of procedure, not checked here.
 */
final class PaperTallyPolicy {

    private PaperTallyPolicy() {
    }

    static void check(RecordPaperTally tally, int totalMembership, Collection<String> candidateIds) {
        Require.notEmptyAndDistinct("counters", Require.present("counters", tally.counters()));
        tally.counters().forEach(counter -> Require.name("counter name", counter));
        requireThat(tally.ballotsIssued() >= 0 && tally.ballotsReturned() >= 0 && tally.ballotsValid() >= 0
                && tally.ballotsInvalid() >= 0, "no figure of the minutes is negative");
        requireThat(tally.ballotsIssued() <= totalMembership, tally.ballotsIssued() + " ballots issued to a council of "
                + totalMembership + " members");
        requireThat(tally.ballotsReturned() <= tally.ballotsIssued(), tally.ballotsReturned() + " ballots returned of "
                + tally.ballotsIssued() + " issued");
        requireThat(tally.ballotsValid() + tally.ballotsInvalid() == tally.ballotsReturned(), tally.ballotsValid()
                + " valid and " + tally.ballotsInvalid() + " invalid ballots are not the " + tally.ballotsReturned()
                + " returned");
        List<CandidateApprovals> approvals = Require.present("approvals", tally.approvals());
        Set<String> counted = approvals.stream().map(approval -> Require.present("candidate", approval.registrantId())
                .value()).collect(Collectors.toSet());
        requireThat(counted.size() == approvals.size() && counted.equals(Set.copyOf(candidateIds)),
                "the minutes count every candidate of the round once, and no one else");
        approvals.forEach(approval -> requireThat(approval.approvals() >= 0
                && approval.approvals() <= tally.ballotsValid(), approval.registrantId() + " has " + approval.approvals()
                + " approvals of " + tally.ballotsValid() + " valid ballots"));
    }

    private static void requireThat(boolean holds, String otherwise) {
        if (!holds) {
            throw new DomainRejection(ErrorCode.PAPER_TALLY_INCONSISTENT, "the counting minutes do not add up: "
                    + otherwise);
        }
    }
}
