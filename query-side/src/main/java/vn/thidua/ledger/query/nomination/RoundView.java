package vn.thidua.ledger.query.nomination;

import vn.thidua.ledger.events.campaign.IllustrativeFigure;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.nomination.CandidateOutcome;
import vn.thidua.ledger.events.nomination.ThresholdBase;
import vn.thidua.ledger.events.nomination.VotingRule;

import java.time.LocalDate;
import java.util.List;

/**
 * Đợt bình xét and its kết quả kiểm phiếu: the round's title, candidates and voting rule (with the rule set version
 * and legal source), how many ballots came in, and once closed the tally per candidate against the votes required.
 * <p>
 * Secrecy: the view never holds a voter id or a voter's choice; for a secret round it holds the anonymous ballot
 * receipts, sorted (arrival order could hint at who voted when), and {@link #visible()} shows them only after the
 * round has closed. While a round is open only the count of ballots received is shown.
 *
 * @param totalMembership eligible voters (tổng số thành viên), the base under R7
 * @param ballotReceipts  receipts of the secret ballots, sorted; empty for an open-ballot round; null while hidden
 * @param ballotKey       the public key a secret round blind-signs with; null for open rounds and older secret ones
 * @param signaturesIssued blind signatures the round issued: never fewer than its secret ballots
 * @param ballotBoxOpenedOn when a secret round's casting phase began (mở hòm phiếu); null while it hands out
 *                          signatures, and for open rounds
 * @param result          null until the round closes
 * @param illustrative    the secretariat's declaration that the ballots, and so the tallies, are invented; null when
 *                        none
 */
public record RoundView(String roundId, String campaignId, int year, Title title, String titleName, Status status,
                        VotingRule rule, List<CandidateRef> candidates, int totalMembership, int ballotsReceived,
                        List<String> ballotReceipts, BallotKey ballotKey, int signaturesIssued,
                        LocalDate ballotBoxOpenedOn, Result result, LocalDate openedOn, LocalDate closedOn,
                        IllustrativeTallies illustrative) {

    public RoundView {
        candidates = List.copyOf(candidates);
        ballotReceipts = ballotReceipts == null ? null : List.copyOf(ballotReceipts);
    }

    /**
     * Số phiếu minh họa: the tallies are shown with {@code label} ({@link IllustrativeFigure#LABEL}) next to them.
     *
     * @param note why, as the declaration said it
     */
    public record IllustrativeTallies(String note, String label) {
    }

    /** Đang bỏ phiếu (open) or đã kết thúc (closed). */
    public enum Status { OPEN, CLOSED }

    /**
     * Khóa công khai của đợt bỏ phiếu kín: what the voter's page blinds against and anyone verifies
     * ballots with (RFC 9474; n and e as unsigned big-endian base64url).
     */
    public record BallotKey(String scheme, String modulus, String publicExponent) {
    }

    /** Ứng viên. */
    public record CandidateRef(String registrantId, String name, String unitId, String unitName) {
    }

    /**
     * Kết quả kiểm phiếu, computed by the command side under the round's own rule and taken as announced.
     *
     * @param base          what the approval ratio is a ratio of
     * @param baseCount     the number the ratio applies to: total membership, or ballots received (present)
     * @param requiredVotes approvals a candidate needed; null when there were no candidates
     * @param winners       the ELECTED candidates (đạt tỷ lệ phiếu), in the candidates' order
     * @param tieAtCap      places left open because candidates tied at the cap (a run-off decides)
     */
    public record Result(boolean quorumMet, ThresholdBase base, int baseCount, Integer requiredVotes,
                         List<Tally> tallies, List<CandidateRef> winners, boolean tieAtCap) {

        public Result {
            tallies = List.copyOf(tallies);
            winners = List.copyOf(winners);
        }
    }

    /** Số phiếu đồng ý of one candidate, against the votes required; {@code passed} = reached the threshold. */
    public record Tally(String registrantId, String name, String unitId, String unitName, int approvals, int base,
                        int requiredVotes, boolean passed, CandidateOutcome outcome) {
    }

    /** The round as readers may see it: a secret round's receipts only once it is closed. */
    public RoundView visible() {
        if (status == Status.CLOSED) {
            return this;
        }
        return new RoundView(roundId, campaignId, year, title, titleName, status, rule, candidates, totalMembership,
                             ballotsReceived, null, ballotKey, signaturesIssued, ballotBoxOpenedOn, null, openedOn,
                             closedOn, illustrative);
    }
}
