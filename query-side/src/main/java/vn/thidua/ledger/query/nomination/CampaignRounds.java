package vn.thidua.ledger.query.nomination;

import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.nomination.BallotKind;

import java.time.LocalDate;
import java.util.List;

/**
 * Các đợt bình xét của một phong trào: the index document listing a campaign's rounds, so the list is read by
 * {@code _id} (campaign id) instead of by scanning the rounds.
 */
public record CampaignRounds(String campaignId, int year, List<RoundSummary> rounds) {

    public CampaignRounds {
        rounds = List.copyOf(rounds);
    }

    /** One round in the list, in the order rounds were opened. */
    public record RoundSummary(String roundId, Title title, String titleName, BallotKind ballot, RoundView.Status status,
                               LocalDate openedOn, LocalDate closedOn, int elected) {
    }
}
