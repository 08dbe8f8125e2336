package vn.thidua.ledger.app.imports;

import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.decision.CommendationKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Kết quả năm thi đua (the year's results as a valid workbook states them): scores, the rounds of the member units
 * with their votes, and the decisions that cite the rounds. Each line keeps its workbook row, to name it if the
 * ledger refuses it.
 */
public record YearResults(List<ScoreLine> scores, List<RoundLine> rounds, List<DecisionLine> decisions) {

    public static final YearResults NONE = new YearResults(List.of(), List.of(), List.of());

    public YearResults {
        scores = List.copyOf(scores);
        rounds = List.copyOf(rounds);
        decisions = List.copyOf(decisions);
    }

    /** Tự chấm and, if the reviewer changed it, thẩm định with its reason (null when not adjusted). */
    public record ScoreLine(int row, String unitId, String criterionId, BigDecimal selfAssessed, BigDecimal appraised,
                            String reason) {
    }

    /** A round of the member units, opened and closed on the day of its meeting. */
    public record RoundLine(int row, String roundId, Title title, List<String> candidateIds, LocalDate heldOn,
                            List<BallotLine> ballots) {

        public RoundLine {
            candidateIds = List.copyOf(candidateIds);
            ballots = List.copyOf(ballots);
        }
    }

    /** One member unit's vote: the candidates it approved (possibly none). */
    public record BallotLine(int row, String voterUnitId, List<String> approved) {

        public BallotLine {
            approved = List.copyOf(approved);
        }
    }

    public record DecisionLine(int row, String number, CommendationKind kind, LocalDate signedOn, String signedBy,
                               String roundId, List<String> recipientIds) {

        public DecisionLine {
            recipientIds = List.copyOf(recipientIds);
        }
    }

    /**
     * Commands: one per self-assessment and per adjustment, then (if any score) a finalisation per unit and the
     * ranking's publication; per round its opening, votes and closing; one per decision.
     */
    int commands(int units) {
        int scoring = scores.isEmpty() ? 0
                : scores.size() + (int) scores.stream().filter(s -> s.appraised() != null).count() + units + 1;
        return scoring + rounds.stream().mapToInt(r -> 2 + r.ballots().size()).sum() + decisions.size();
    }
}
