package vn.thidua.ledger.app.imports;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import vn.thidua.ledger.app.imports.ImportedYear.PledgeLine;
import vn.thidua.ledger.app.imports.YearResults.BallotLine;
import vn.thidua.ledger.app.imports.YearResults.DecisionLine;
import vn.thidua.ledger.app.imports.YearResults.RoundLine;
import vn.thidua.ledger.app.imports.YearResults.ScoreLine;
import vn.thidua.ledger.app.imports.YearWorkbook.Layout;
import vn.thidua.ledger.events.campaign.Criterion;
import vn.thidua.ledger.events.campaign.CriterionKind;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.common.UnitRef;
import vn.thidua.ledger.events.decision.CommendationKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Kiểm tra kết quả năm (checks the sheets Điểm, Bình xét, Phiếu bầu and Quyết định) with the same care as the rest
 * of the workbook: references to the units, criteria, pledges and rounds of the other sheets, points within each
 * criterion's range, a reason for every adjustment, every unit scored on every criterion once scores are given (the
 * ranking is published only then), candidates who pledged the round's title (R1), one vote per unit and round, no
 * unit approving its own candidacy (R9), decisions citing a round's candidates. Problems go to the
 * {@link YearWorkbookReader} that reads the rest.
 */
final class YearResultsReader {

    private final YearWorkbookReader checks;
    private final int year;
    private final Set<String> unitIds = new HashSet<>();
    private final Map<String, Criterion> criteria = new LinkedHashMap<>();
    private final Map<String, PledgeLine> pledges = new HashMap<>();

    YearResultsReader(YearWorkbookReader checks, int year, List<UnitRef> units, List<Criterion> criteria,
                      List<PledgeLine> pledges) {
        this.checks = checks;
        this.year = year;
        units.forEach(u -> unitIds.add(u.id().value()));
        criteria.forEach(c -> this.criteria.put(c.criterionId().value(), c));
        // A registrant named twice is already a problem; the first pledge is the one the rounds are checked against.
        pledges.forEach(p -> this.pledges.putIfAbsent(p.registrantId(), p));
    }

    YearResults read(Map<Layout, Sheet> sheets) {
        List<ScoreLine> scores = scores(sheets.get(YearWorkbook.SCORES));
        Map<String, RoundLine> rounds = rounds(sheets.get(YearWorkbook.ROUNDS));
        Map<String, List<BallotLine>> ballots = ballots(sheets.get(YearWorkbook.BALLOTS), rounds);
        List<RoundLine> voted = rounds.values().stream().map(r -> new RoundLine(r.row(), r.roundId(), r.title(),
                r.candidateIds(), r.heldOn(), ballots.getOrDefault(r.roundId(), List.of()))).toList();
        return new YearResults(scores, voted, decisions(sheets.get(YearWorkbook.DECISIONS), rounds));
    }

    private List<ScoreLine> scores(Sheet sheet) {
        Layout layout = YearWorkbook.SCORES;
        List<ScoreLine> scores = new ArrayList<>();
        Set<String> scored = new HashSet<>();
        for (Row row : YearWorkbookReader.rows(sheet, layout)) {
            int n = row.getRowNum() + 1;
            String unitId = checks.id(layout, n, 0, Cells.text(row, 0));
            if (unitId != null && !unitIds.contains(unitId)) {
                checks.problem(layout, n, 0, "unit " + unitId + " is not on the sheet " + YearWorkbook.UNITS.name());
            }
            String criterionId = checks.id(layout, n, 1, Cells.text(row, 1));
            Criterion criterion = criterionId == null ? null : criteria.get(criterionId);
            if (criterionId != null && criterion == null) {
                checks.problem(layout, n, 1, "criterion " + criterionId + " is not on the sheet "
                                             + YearWorkbook.CRITERIA.name());
            }
            if (unitId != null && criterionId != null && !scored.add(unitId + "/" + criterionId)) {
                checks.problem(layout, n, 1, unitId + " is scored twice on " + criterionId);
            }
            BigDecimal self = points(row, n, 2, criterion, true);
            BigDecimal appraised = points(row, n, 3, criterion, false);
            String reason = Cells.text(row, 4);
            if (appraised != null && reason.isEmpty()) {
                checks.problem(layout, n, 4, "every adjustment of a self-assessed score needs a reason");
            } else if (appraised == null && !reason.isEmpty()) {
                checks.problem(layout, n, 4, "a reason only with an appraised score (column D)");
            }
            if (unitId != null && criterion != null && self != null) {
                scores.add(new ScoreLine(n, unitId, criterionId, self, appraised, appraised == null ? null : reason));
            }
        }
        if (!scores.isEmpty()) {
            requireEveryUnitScored(scored);
        }
        return scores;
    }

    private BigDecimal points(Row row, int n, int column, Criterion criterion, boolean required) {
        if (!required && Cells.text(row, column).isEmpty()) {
            return null;
        }
        Optional<BigDecimal> points = Cells.decimal(row, column).filter(p -> p.signum() >= 0 && p.scale() <= 2
                && (criterion == null || p.compareTo(criterion.maxPoints()) <= 0));
        return checks.required(points, YearWorkbook.SCORES, n, column, "points from 0 to "
                + (criterion == null ? "the criterion's maximum" : criterion.maxPoints().toPlainString())
                + " (at most 2 decimals)");
    }

    /** The ranking is published from finalised scorecards, and a scorecard is final only with every criterion. */
    private void requireEveryUnitScored(Set<String> scored) {
        for (String unit : unitIds.stream().sorted().toList()) {
            criteria.values().stream().filter(c -> c.kind() == CriterionKind.SCORED)
                    .filter(c -> !scored.contains(unit + "/" + c.criterionId().value()))
                    .forEach(c -> checks.sheetProblem(YearWorkbook.SCORES, "unit " + unit + " has no score for "
                            + c.criterionId().value() + ": add a row for it; the ranking needs every unit scored on"
                            + " every criterion"));
        }
    }

    private Map<String, RoundLine> rounds(Sheet sheet) {
        Layout layout = YearWorkbook.ROUNDS;
        Map<String, RoundLine> rounds = new LinkedHashMap<>();
        for (Row row : YearWorkbookReader.rows(sheet, layout)) {
            int n = row.getRowNum() + 1;
            String roundId = checks.id(layout, n, 0, Cells.text(row, 0));
            if (roundId != null && rounds.containsKey(roundId)) {
                checks.problem(layout, n, 0, "round " + roundId + " appears twice");
                continue;
            }
            Title title = YearWorkbookReader.title(Cells.text(row, 1)).orElse(null);
            if (title == null || title.holder() != Title.Holder.COLLECTIVE) {
                checks.problem(layout, n, 1, "a collective title voted by the member units, e.g. "
                                             + Title.SECTOR_EMULATION_FLAG.vietnameseName());
            }
            List<String> candidates = ids(layout, n, 2, Cells.text(row, 2), true);
            for (String candidate : candidates) {
                PledgeLine pledge = pledges.get(candidate);
                if (pledge == null || (title != null && !pledge.titles().contains(title))) {
                    checks.problem(layout, n, 2, "R1: " + candidate + " did not register for "
                            + (title == null ? "this title" : title.vietnameseName()) + " on the sheet "
                            + YearWorkbook.PLEDGES.name());
                }
            }
            LocalDate heldOn = dateInYear(row, layout, n, 3);
            if (roundId != null && title != null && heldOn != null && !candidates.isEmpty()) {
                rounds.put(roundId, new RoundLine(n, roundId, title, candidates, heldOn, List.of()));
            }
        }
        return rounds;
    }

    private Map<String, List<BallotLine>> ballots(Sheet sheet, Map<String, RoundLine> rounds) {
        Layout layout = YearWorkbook.BALLOTS;
        Map<String, List<BallotLine>> ballots = new HashMap<>();
        Set<String> voted = new HashSet<>();
        for (Row row : YearWorkbookReader.rows(sheet, layout)) {
            int n = row.getRowNum() + 1;
            RoundLine round = round(layout, n, 0, Cells.text(row, 0), rounds);
            String voter = checks.id(layout, n, 1, Cells.text(row, 1));
            if (voter != null && !unitIds.contains(voter)) {
                checks.problem(layout, n, 1, "unit " + voter + " is not on the sheet " + YearWorkbook.UNITS.name());
            } else if (voter != null && round != null && !voted.add(round.roundId() + "/" + voter)) {
                checks.problem(layout, n, 1, "R9: " + voter + " votes twice in round " + round.roundId());
            }
            List<String> approved = ids(layout, n, 2, Cells.text(row, 2), false);
            if (round == null || voter == null) {
                continue;
            }
            for (String candidate : approved) {
                if (!round.candidateIds().contains(candidate)) {
                    checks.problem(layout, n, 2, candidate + " is not a candidate of round " + round.roundId());
                } else if (pledges.containsKey(candidate) && voter.equals(pledges.get(candidate).unitId())) {
                    // (A candidate without a pledge is already a problem of its round, R1.)
                    checks.problem(layout, n, 2, "R9: " + voter + " may not vote on the candidacy of its own unit");
                }
            }
            ballots.computeIfAbsent(round.roundId(), id -> new ArrayList<>()).add(new BallotLine(n, voter, approved));
        }
        return ballots;
    }

    private List<DecisionLine> decisions(Sheet sheet, Map<String, RoundLine> rounds) {
        Layout layout = YearWorkbook.DECISIONS;
        List<DecisionLine> decisions = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        for (Row row : YearWorkbookReader.rows(sheet, layout)) {
            int n = row.getRowNum() + 1;
            String number = checks.name(layout, n, 0, Cells.text(row, 0));
            if (number != null && !numbers.add(number)) {
                checks.problem(layout, n, 0, "decision " + number + " appears twice");
            }
            CommendationKind kind = switch (Cells.text(row, 1)) {
                case YearWorkbook.AWARD -> CommendationKind.AWARD;
                case YearWorkbook.PROPOSAL -> CommendationKind.PROPOSAL;
                default -> null;
            };
            if (kind == null) {
                checks.problem(layout, n, 1, "one of: " + YearWorkbook.AWARD + ", " + YearWorkbook.PROPOSAL);
            }
            LocalDate signedOn = checks.required(Cells.date(row, 2), layout, n, 2, "a date dd/MM/yyyy");
            String signedBy = checks.name(layout, n, 3, Cells.text(row, 3));
            RoundLine round = round(layout, n, 4, Cells.text(row, 4), rounds);
            if (round != null && signedOn != null && signedOn.isBefore(round.heldOn())) {
                checks.problem(layout, n, 2, "signed before round " + round.roundId() + " was held");
            }
            List<String> recipients = ids(layout, n, 5, Cells.text(row, 5), true);
            recipients.stream().filter(r -> round != null && !round.candidateIds().contains(r)).forEach(r ->
                    checks.problem(layout, n, 5, r + " is not a candidate of round " + round.roundId()));
            if (number != null && kind != null && signedOn != null && signedBy != null && round != null
                && !recipients.isEmpty()) {
                decisions.add(new DecisionLine(n, number, kind, signedOn, signedBy, round.roundId(), recipients));
            }
        }
        return decisions;
    }

    private RoundLine round(Layout layout, int n, int column, String text, Map<String, RoundLine> rounds) {
        String roundId = checks.id(layout, n, column, text);
        if (roundId != null && !rounds.containsKey(roundId)) {
            checks.problem(layout, n, column, "round " + roundId + " is not on the sheet " + YearWorkbook.ROUNDS.name());
        }
        return roundId == null ? null : rounds.get(roundId);
    }

    /** Ids separated by semicolons, each once; at least one if required. */
    private List<String> ids(Layout layout, int n, int column, String text, boolean required) {
        List<String> ids = new ArrayList<>();
        for (String part : text.split(YearWorkbook.TITLE_SEPARATOR)) {
            if (!part.isBlank() && checks.id(layout, n, column, part.strip()) != null) {
                if (ids.contains(part.strip())) {
                    checks.problem(layout, n, column, part.strip() + " is named twice");
                } else {
                    ids.add(part.strip());
                }
            }
        }
        if (required && ids.isEmpty() && text.isBlank()) {
            checks.problem(layout, n, column, "at least one id");
        }
        return ids;
    }

    /** A round is held in its year: the ledger dates a transcribed round only inside it. */
    private LocalDate dateInYear(Row row, Layout layout, int n, int column) {
        LocalDate on = checks.required(Cells.date(row, column), layout, n, column, "a date dd/MM/yyyy");
        if (on != null && on.getYear() != year) {
            checks.problem(layout, n, column, "a day of " + year);
            return null;
        }
        return on;
    }
}
