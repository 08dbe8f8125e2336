package vn.thidua.ledger.query.nomination;

import java.util.List;

/**
 * Danh sách phiếu bầu kín công bố (the published ballots of a secret round): every anonymous
 * ballot as its receipt and the candidates it approved, sorted by receipt (arrival order could hint
 * at who voted when). From it anyone recounts the tally, and a voter finds their own ballot by the
 * receipt. Shown only once the round has closed.
 *
 * @param ballots sorted by receipt; each ballot's approvals in the candidates' canonical order
 */
public record RoundBallots(String roundId, RoundView.Status status, List<PublishedBallot> ballots) {

    public RoundBallots {
        ballots = List.copyOf(ballots);
    }

    /** Một phiếu bầu kín: the receipt (SHA-256 of the voter's token) and the registrant ids approved. */
    public record PublishedBallot(String receipt, List<String> approved) {

        public PublishedBallot {
            approved = List.copyOf(approved);
        }
    }
}
