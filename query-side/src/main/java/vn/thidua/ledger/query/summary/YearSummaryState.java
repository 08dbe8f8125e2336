package vn.thidua.ledger.query.summary;

import vn.thidua.ledger.events.campaign.IllustrativeFigure;
import vn.thidua.ledger.events.common.RuleReference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the year-summary fold keeps for one cluster's year: the facts as events stated them, from which
 * {@link YearSummaryView} is derived when read. Before its campaign is launched (or as the live projector's
 * per-cluster template) {@code year} is null and only the cluster's own facts are filled in.
 *
 * @param pledges      per unit id, the tally of its active pledges: what the coverage figures need, of a size
 *                     bounded by the units; the registrants' own pledges, which a withdrawal or amendment must
 *                     find (it names only the registrant), are kept aside, one document each (see
 *                     {@link YearSummaryFold#apply(YearSummaryState, Object, Pledge)})
 * @param years        template only: the years of the cluster that have a summary, so cluster events reach them
 * @param contributors every aggregate whose events the summary folds, in the order they joined: what an as-of
 *                     read must read
 * @param handovers    the cluster's handovers from one year's head to the next, of every year, as leadership is
 * @param conference   the year-end conference, its draft report and the comments on it (null: not held yet)
 * @param illustrative the campaign's figures the secretariat declared invented (số liệu minh họa); null: none
 */
public record YearSummaryState(String clusterId, String clusterName, Integer year, List<Member> memberships,
                               List<Leadership> leadership, Campaign campaign, Map<String, PledgeTally> pledges,
                               List<Signature> covenant, Ranking ranking, List<Round> rounds,
                               List<DecisionRow> decisions, Closing closing, List<Integer> years,
                               List<String> contributors, List<Handover> handovers, Conference conference,
                               Illustrative illustrative) {

    public YearSummaryState {
        memberships = List.copyOf(memberships);
        leadership = List.copyOf(leadership);
        // A summary stored before handovers were recorded has none.
        handovers = handovers == null ? List.of() : List.copyOf(handovers);
        pledges = new TreeMap<>(pledges);
        covenant = List.copyOf(covenant);
        rounds = List.copyOf(rounds);
        decisions = List.copyOf(decisions);
        years = List.copyOf(years);
        contributors = List.copyOf(contributors);
    }

    /** Before any event: a cluster known only by id. */
    public static YearSummaryState template(String clusterId) {
        return new YearSummaryState(clusterId, null, null, List.of(), List.of(), null, Map.of(), List.of(), null,
                                    List.of(), List.of(), null, List.of(), List.of(clusterId), List.of(), null, null);
    }

    /** Thành viên cụm from {@code fromYear} until the year before {@code untilYear} (null: still a member). */
    public record Member(String unitId, String unitName, int fromYear, Integer untilYear) {

        boolean isMemberIn(int year) {
            return year >= fromYear && (untilYear == null || year < untilYear);
        }
    }

    /** Trưởng Cụm / Phó Trưởng Cụm of a year and the decision that appointed them. */
    public record Leadership(int year, String headUnitId, String headName, String deputyUnitId, String deputyName,
                             String decisionNumber) {
    }

    /** Bàn giao: the head of {@code year - 1} handed the cluster over to the head of {@code year}. */
    public record Handover(int year, String outgoingHeadName, String incomingHeadName, LocalDate handedOverOn) {
    }

    /**
     * Hội nghị tổng kết: when, who chaired, the draft summary report presented at it (null until presented) and the
     * member units' comments on it, in their order.
     */
    public record Conference(LocalDate heldOn, String chairedBy, Draft draft, List<Comment> comments) {

        public Conference {
            comments = List.copyOf(comments);
        }

        /** Dự thảo báo cáo tổng kết: who presented it, and its text. */
        public record Draft(String presentedBy, String text) {
        }

        /** Ý kiến góp ý: a member unit's comment on the draft. */
        public record Comment(int number, String unitId, String unitName, String text) {
        }
    }

    /**
     * Phát động: the campaign and the rule-set version it was launched under.
     *
     * @param ruleVersionChoice how the version was chosen when not by the emulation year (null: by default)
     */
    public record Campaign(String campaignId, String name, LocalDate launchedOn, String ruleSetId, int ruleSetVersion,
                           RuleVersionChoice ruleVersionChoice) {
    }

    /** Căn cứ chọn phiên bản quy tắc: the basis, the date it was read on, and why the default did not apply. */
    public record RuleVersionChoice(String basis, LocalDate referenceDate, String reason) {
    }

    /** An active pledge: a unit's (with its headcount) or an individual's (with the unit). */
    public record Pledge(String kind, String unitId, String unitName, Integer staffCount) {
    }

    /**
     * A unit's active pledges, counted: its individuals, and its own (unit-kind) pledges by registrant id, in
     * registrant id order, with the headcount each declared.
     */
    public record PledgeTally(int individuals, List<OwnPledge> own) {

        public PledgeTally {
            own = List.copyOf(own);
        }

        static final PledgeTally NONE = new PledgeTally(0, List.of());

        boolean isEmpty() {
            return individuals == 0 && own.isEmpty();
        }
    }

    /** A unit's own pledge in a {@link PledgeTally}. */
    public record OwnPledge(String registrantId, Integer staffCount) {
    }

    /** Ký giao ước: who signed the covenant and when. */
    public record Signature(String unitId, String unitName, LocalDate signedOn) {
    }

    /** Công bố xếp hạng: the published ranking, best first. */
    public record Ranking(String method, RuleReference rule, List<Row> rows) {

        public Ranking {
            rows = List.copyOf(rows);
        }

        public record Row(int rank, String unitId, String unitName, BigDecimal total) {
        }
    }

    /**
     * Số liệu minh họa: the campaign's points and/or ranking order are invented, not a real record; they are shown
     * with {@code label} ({@link IllustrativeFigure#LABEL}) next to them, and so are the leading units they give.
     *
     * @param figures the figures declared so far, in the order of {@link IllustrativeFigure}
     * @param note    why, as the latest declaration said it
     */
    public record Illustrative(List<IllustrativeFigure> figures, String note, String label) {

        public Illustrative {
            figures = List.copyOf(figures);
        }
    }

    /**
     * Đợt bình xét: what was voted on, how, and who won once closed.
     *
     * @param illustrative the secretariat's declaration that the round's ballots, and so its winners, are invented;
     *                     null: none (and in a summary stored before declarations were folded)
     */
    public record Round(String roundId, String title, String titleName, String votingBody, String ballot,
                        int candidates, RuleReference rule, LocalDate openedOn, LocalDate closedOn,
                        List<String> winners, Boolean quorumMet, Boolean tieAtCap, IllustrativeTallies illustrative) {

        public Round {
            winners = List.copyOf(winners);
        }

        Round withIllustrative(IllustrativeTallies declared) {
            return new Round(roundId, title, titleName, votingBody, ballot, candidates, rule, openedOn, closedOn,
                             winners, quorumMet, tieAtCap, declared);
        }
    }

    /** Số phiếu minh họa: a round's tallies, and so its winners, are invented; shown with {@code label}. */
    public record IllustrativeTallies(String note, String label) {
    }

    /**
     * A decision of the year: AWARD, PROPOSAL, APPOINTMENT or REVOCATION, with whom it concerns.
     *
     * @param note the appointment's year, or the revocation's reason
     */
    public record DecisionRow(String decisionId, String decisionNumber, String type, String titleName,
                              LocalDate signedOn, List<String> concerns, String note) {

        public DecisionRow {
            concerns = List.copyOf(concerns);
        }
    }

    /** Tổng kết: the closing summary text. */
    public record Closing(LocalDate closedOn, String summary) {
    }
}
