package vn.thidua.ledger.query.nomination;

import vn.thidua.ledger.events.nomination.CandidateOutcome;
import vn.thidua.ledger.events.nomination.NominationRoundClosed;
import vn.thidua.ledger.events.nomination.NominationRoundOpened;
import vn.thidua.ledger.query.nomination.CampaignRounds.RoundSummary;

import java.util.ArrayList;
import java.util.List;

/** The per-campaign round index as a pure fold: a round enters when opened and is updated when closed. */
public final class CampaignRoundsFold {

    private CampaignRoundsFold() {
    }

    public static CampaignRounds opened(CampaignRounds state, NominationRoundOpened opened) {
        List<RoundSummary> rounds = new ArrayList<>(state == null ? List.of() : state.rounds());
        rounds.removeIf(r -> r.roundId().equals(opened.roundId().value()));
        rounds.add(new RoundSummary(opened.roundId().value(), opened.title(), opened.title().vietnameseName(),
                                    opened.rule().ballot(), RoundView.Status.OPEN, opened.openedOn(), null, 0));
        return new CampaignRounds(opened.campaignId().value(), opened.year(), rounds);
    }

    public static CampaignRounds closed(CampaignRounds state, NominationRoundClosed closed) {
        if (state == null) {
            throw new IllegalStateException("Round " + closed.roundId() + " closed but was never opened");
        }
        int elected = (int) closed.results().stream().filter(r -> r.outcome() == CandidateOutcome.ELECTED).count();
        List<RoundSummary> rounds = state.rounds().stream()
                .map(r -> r.roundId().equals(closed.roundId().value())
                        ? new RoundSummary(r.roundId(), r.title(), r.titleName(), r.ballot(), RoundView.Status.CLOSED,
                                           r.openedOn(), closed.closedOn(), elected)
                        : r)
                .toList();
        return new CampaignRounds(state.campaignId(), state.year(), rounds);
    }
}
