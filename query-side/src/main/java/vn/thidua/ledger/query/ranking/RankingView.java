package vn.thidua.ledger.query.ranking;

import vn.thidua.ledger.events.campaign.CriterionKind;
import vn.thidua.ledger.events.campaign.IllustrativeFigure;
import vn.thidua.ledger.events.campaign.RankingMethod;
import vn.thidua.ledger.events.common.RuleReference;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Kết quả chấm điểm, xếp hạng of one campaign (a cluster's year): the draft ranking, live while units
 * self-assess and reviewers adjust, and the published one, exactly as the RankingPublished event stated it.
 * The public sees only {@link #published()}; members see the draft too.
 *
 * @param draft     every member unit ranked on the points that count now
 * @param published    the announced ranking; null until it is published
 * @param illustrative which figures the secretariat declared invented (số liệu minh họa); null when none
 */
public record RankingView(CampaignRef campaign, RankingTable draft, RankingTable published, boolean closed,
                          Illustrative illustrative) {

    /**
     * Số liệu minh họa: the points and/or the ranking order are invented, not a real record, and are shown with
     * {@link #label()} ({@link IllustrativeFigure#LABEL}) next to them.
     *
     * @param note     why, as the latest declaration said it
     * @param position the global index of the latest declaration: it changes what the published ranking shows
     */
    public record Illustrative(List<IllustrativeFigure> figures, String note, String label, long position) {

        public Illustrative {
            figures = List.copyOf(figures);
        }
    }

    /**
     * The version of what the published ranking shows: changed by another publication, and by a declaration of
     * illustrative figures, which changes its label. Only for a published view.
     */
    public long publishedVersion() {
        return illustrative == null ? published.position() : Math.max(published.position(), illustrative.position());
    }

    /** Phong trào thi đua: which campaign, under which rule set version. */
    public record CampaignRef(String campaignId, String clusterId, String clusterName, int year, String name,
                              String ruleSetId, int ruleSetVersion) {
    }

    /** The phase of a ranking table: bảng xếp hạng dự thảo (draft) or đã công bố (published). */
    public enum Status { DRAFT, PUBLISHED }

    /**
     * Bảng xếp hạng: units best first; equal totals share a rank and are listed by unit id.
     *
     * @param rule     the rule that prescribed the method; null in the draft (the events name it only on publication)
     * @param position for a published table, the global index of its RankingPublished event; null in the draft
     */
    public record RankingTable(Status status, RankingMethod method, RuleReference rule, List<RankedRow> rows,
                               Long position) {

        public RankingTable {
            rows = List.copyOf(rows);
        }
    }

    /**
     * Một dòng xếp hạng: a unit's rank, its total (criteria and bonus add, penalty subtracts), the breakdown per
     * criterion and every adjustment a reviewer made, with its reason.
     *
     * @param finalised whether the unit's scorecard is final (chốt bảng điểm)
     */
    public record RankedRow(int rank, String unitId, String unitName, BigDecimal total, boolean finalised,
                            List<CriterionLine> breakdown, List<Adjustment> adjustments) {

        public RankedRow {
            breakdown = List.copyOf(breakdown);
            adjustments = List.copyOf(adjustments);
        }
    }

    /**
     * Điểm một tiêu chí: the unit's own score (tự chấm), the reviewer's (thẩm định; null if not adjusted) and the
     * points that count: the adjusted ones if any, else the self-assessed, else zero.
     */
    public record CriterionLine(String criterionId, String name, CriterionKind kind, BigDecimal maxPoints,
                                BigDecimal selfAssessed, BigDecimal adjusted, BigDecimal points) {
    }

    /**
     * Điều chỉnh điểm: who changed which criterion from what to what, why and when.
     *
     * @param reviewer the principal of the adjusting command (from the event's metadata)
     */
    public record Adjustment(String criterionId, String criterionName, BigDecimal previousPoints, BigDecimal points,
                             String reason, String reviewer, Instant adjustedAt) {
    }
}
