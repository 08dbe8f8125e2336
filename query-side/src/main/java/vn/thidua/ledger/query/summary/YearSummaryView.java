package vn.thidua.ledger.query.summary;

import vn.thidua.ledger.query.summary.YearSummaryState.Campaign;
import vn.thidua.ledger.query.summary.YearSummaryState.Closing;
import vn.thidua.ledger.query.summary.YearSummaryState.Conference;
import vn.thidua.ledger.query.summary.YearSummaryState.DecisionRow;
import vn.thidua.ledger.query.summary.YearSummaryState.Handover;
import vn.thidua.ledger.query.summary.YearSummaryState.Illustrative;
import vn.thidua.ledger.query.summary.YearSummaryState.Leadership;
import vn.thidua.ledger.query.summary.YearSummaryState.PledgeTally;
import vn.thidua.ledger.query.summary.YearSummaryState.Ranking;
import vn.thidua.ledger.query.summary.YearSummaryState.Round;
import vn.thidua.ledger.query.summary.YearSummaryState.Signature;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * Báo cáo tổng kết (the year-end summary report) of a cluster's year, what the conference needs on one page:
 * members, head and deputy of the year and of the next, the campaign and its rule-set version, pledge coverage,
 * covenant, published ranking with its leading units, nomination rounds and their winners, decisions issued,
 * the year-end conference with the draft report and the comments on it, the head's handover to next year's head,
 * and the closing (final) summary.
 *
 * @param handover               the handover from this year's head to next year's (null: not recorded)
 * @param conference             the year-end conference (null: not recorded)
 * @param illustrative           which of the ranking's figures (points, order, and so the leading units) are
 *                               invented, labelled "minh họa" (null: none declared); a round's invented tallies are
 *                               labelled on the round
 * @param contributingAggregates the aggregates folded into it (cluster, campaign, rounds, decisions)
 */
public record YearSummaryView(String clusterId, String clusterName, int year, List<MemberUnit> members,
                              Leadership leadership, Leadership nextYearLeadership, Handover handover,
                              Campaign campaign, PledgeCoverage pledgeCoverage, Covenant covenant, Ranking ranking,
                              List<String> leadingUnits, Illustrative illustrative, List<Round> rounds, List<DecisionRow> decisions,
                              Conference conference, Closing closing, List<String> contributingAggregates) {

    /** A member unit of the year. */
    public record MemberUnit(String unitId, String unitName) {
    }

    /**
     * Đăng ký thi đua: units registered out of the members, and individuals registered out of the staff the
     * registered units declared, in percent to one decimal (e.g. 100.0).
     */
    public record PledgeCoverage(int unitsRegistered, int memberUnits, int individualsRegistered, int staff,
                                 BigDecimal percent, List<UnitCoverage> units) {
    }

    /** One member unit's registration and its individual coverage. */
    public record UnitCoverage(String unitId, String unitName, boolean unitRegistered, Integer staff,
                               int individualsRegistered, BigDecimal percent) {
    }

    /** Giao ước thi đua: how many members signed, and who, when. */
    public record Covenant(int signed, int memberUnits, List<Signature> signatures) {
    }

    static YearSummaryView of(YearSummaryState s) {
        int year = Objects.requireNonNull(s.year(), "a summary has a year once its campaign is launched");
        List<MemberUnit> members = s.memberships().stream().filter(m -> m.isMemberIn(year))
                                    .map(m -> new MemberUnit(m.unitId(), m.unitName())).toList();
        return new YearSummaryView(s.clusterId(), s.clusterName(), year, members, leadership(s, year),
                                   leadership(s, year + 1), handoverTo(s, year + 1), s.campaign(), coverage(s, members),
                                   new Covenant(s.covenant().size(), members.size(), s.covenant()), s.ranking(),
                                   s.ranking() == null ? List.of() : s.ranking().rows().stream()
                                           .filter(r -> r.rank() == 1).map(Ranking.Row::unitName).toList(),
                                   s.illustrative(), s.rounds(), s.decisions(), s.conference(), s.closing(), s.contributors());
    }

    private static Handover handoverTo(YearSummaryState s, int year) {
        return s.handovers().stream().filter(h -> h.year() == year).findFirst().orElse(null);
    }

    private static Leadership leadership(YearSummaryState s, int year) {
        return s.leadership().stream().filter(l -> l.year() == year).findFirst().orElse(null);
    }

    private static PledgeCoverage coverage(YearSummaryState s, List<MemberUnit> members) {
        List<UnitCoverage> units = members.stream().map(m -> unitCoverage(s, m)).toList();
        int staff = units.stream().filter(u -> u.staff() != null).mapToInt(UnitCoverage::staff).sum();
        int individuals = units.stream().filter(u -> u.staff() != null).mapToInt(UnitCoverage::individualsRegistered).sum();
        return new PledgeCoverage((int) units.stream().filter(UnitCoverage::unitRegistered).count(), members.size(),
                                  s.pledges().values().stream().mapToInt(PledgeTally::individuals).sum(),
                                  staff, percent(individuals, staff), units);
    }

    private static UnitCoverage unitCoverage(YearSummaryState s, MemberUnit member) {
        PledgeTally tally = s.pledges().getOrDefault(member.unitId(), PledgeTally.NONE);
        boolean registered = !tally.own().isEmpty();
        Integer staff = registered ? tally.own().get(0).staffCount() : null;
        int individuals = tally.individuals();
        return new UnitCoverage(member.unitId(), member.unitName(), registered, staff, individuals,
                                staff == null ? null : percent(individuals, staff));
    }

    private static BigDecimal percent(int part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
