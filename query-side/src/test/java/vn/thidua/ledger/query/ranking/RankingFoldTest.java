package vn.thidua.ledger.query.ranking;

import org.junit.jupiter.api.Test;
import vn.thidua.ledger.events.campaign.CampaignEvent;
import vn.thidua.ledger.events.campaign.CovenantSigned;
import vn.thidua.ledger.events.campaign.CriterionKind;
import vn.thidua.ledger.events.campaign.CriterionScore;
import vn.thidua.ledger.events.campaign.RankedUnit;
import vn.thidua.ledger.events.campaign.RankingMethod;
import vn.thidua.ledger.events.campaign.RankingPublished;
import vn.thidua.ledger.events.common.CriterionId;
import vn.thidua.ledger.events.common.RuleReference;
import vn.thidua.ledger.query.ranking.RankingView.RankedRow;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.thidua.ledger.fixtures.Criteria2022.BONUS;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CAMPAIGN;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CLUSTER;
import static vn.thidua.ledger.fixtures.Criteria2022.DUTIES;
import static vn.thidua.ledger.fixtures.ClusterIv2022.HTQT;
import static vn.thidua.ledger.fixtures.Criteria2022.MOVEMENT;
import static vn.thidua.ledger.fixtures.Criteria2022.PENALTY;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CVDCXDPL;
import static vn.thidua.ledger.fixtures.ClusterIv2022.MINH_HOA_A;
import static vn.thidua.ledger.fixtures.ClusterIv2022.THADS;
import static vn.thidua.ledger.query.fixtures.ClusterIv.adjusted;
import static vn.thidua.ledger.query.fixtures.ClusterIv.facts;
import static vn.thidua.ledger.query.fixtures.ClusterIv.launched;
import static vn.thidua.ledger.query.fixtures.ClusterIv.selfAssessed;

class RankingFoldTest {

    private static final RuleReference RANKING_RULE = new RuleReference("btp-thidua", 1, "RANKING",
                                                                        "Quy chế Cụm thi đua (minh họa)");

    private long position;

    private RankingView fold(RankingView state, CampaignEvent... events) {
        for (CampaignEvent event : events) {
            state = RankingFold.apply(state, event, facts(++position, "thu-ky"));
        }
        return state;
    }

    /** THADS 92, CVDCXDPL 88.5, HTQT 88.5, Đơn vị A 80 (after a 3-point penalty); Đơn vị B and C score nothing. */
    private RankingView scored() {
        return fold(null, launched(),
                    selfAssessed(THADS.unit(), DUTIES, "58"), selfAssessed(THADS.unit(), MOVEMENT, "29"), selfAssessed(THADS.unit(), BONUS, "5"),
                    selfAssessed(HTQT.unit(), DUTIES, "59.5"), selfAssessed(HTQT.unit(), MOVEMENT, "29"),
                    selfAssessed(CVDCXDPL.unit(), DUTIES, "60"), selfAssessed(CVDCXDPL.unit(), MOVEMENT, "28.5"),
                    selfAssessed(MINH_HOA_A.unit(), DUTIES, "55"), selfAssessed(MINH_HOA_A.unit(), MOVEMENT, "28"), selfAssessed(MINH_HOA_A.unit(), PENALTY, "3"));
    }

    @Test
    void equalTotalsShareARankAndTheNextRankSkipsThePlacesTheyTake() {
        RankingView view = scored();

        assertThat(view.draft().method()).isEqualTo(RankingMethod.STANDARD_COMPETITION);
        assertThat(view.draft().rows())
                .extracting(RankedRow::rank, RankedRow::unitId, row -> row.total().toPlainString())
                .containsExactly(tuple(1, "tong-cuc-thads", "92"),
                                 // tied: listed by unit id, so the order is the same in every replay
                                 tuple(2, "vu-cvdcxdpl", "88.5"),
                                 tuple(2, "vu-htqt", "88.5"),
                                 tuple(4, "minh-hoa-a", "80"),
                                 tuple(5, "minh-hoa-b", "0"),
                                 tuple(5, "minh-hoa-c", "0"));
    }

    @Test
    void reweighedWithNoWeightsAndTheDraftsMethodGivesTheDraftItself() {
        RankingView view = scored();

        assertThat(RankingFold.reweighed(view.draft().rows(), Map.of(), RankingMethod.STANDARD_COMPETITION))
                .isEqualTo(view.draft().rows());
    }

    @Test
    void reweighedMultipliesEachCriterionsPointsAndRanksByTheMethodGiven() {
        RankingView view = scored();

        // Movement counts triple: THADS 58+87+5 = 150, HTQT 59.5+87 = 146.5, CVDCXDPL 60+85.5 = 145.5,
        // Đơn vị A 55+84-3 = 136; Đơn vị B and C scored nothing.
        assertThat(RankingFold.reweighed(view.draft().rows(), Map.of("tc-2", new BigDecimal("3")),
                                         RankingMethod.DENSE))
                .extracting(RankedRow::rank, RankedRow::unitId, row -> row.total().stripTrailingZeros().toPlainString())
                .containsExactly(tuple(1, "tong-cuc-thads", "150"), tuple(2, "vu-htqt", "146.5"),
                                 tuple(3, "vu-cvdcxdpl", "145.5"), tuple(4, "minh-hoa-a", "136"),
                                 tuple(5, "minh-hoa-b", "0"), tuple(5, "minh-hoa-c", "0"));
    }

    @Test
    void penaltyPointsAreSubtractedAndBonusPointsAdded() {
        RankingView view = scored();

        RankedRow unitA = row(view, "minh-hoa-a");
        assertThat(unitA.breakdown()).filteredOn(line -> line.kind() == CriterionKind.PENALTY)
                                    .singleElement().satisfies(line -> assertThat(line.points()).isEqualByComparingTo("3"));
        assertThat(row(view, "tong-cuc-thads").total()).isEqualByComparingTo("92");
    }

    @Test
    void anAdjustmentReplacesTheSelfScoreChangesTheTotalAndKeepsItsReasonAndReviewer() {
        RankingView before = scored();
        RankingView after = RankingFold.apply(before, adjusted(HTQT.unit(), DUTIES, "59.5", "55", "Thiếu minh chứng (minh họa)"),
                                              facts(50, "tham-dinh-1"));

        RankedRow htqt = row(after, "vu-htqt");
        assertThat(htqt.total()).isEqualByComparingTo("84");
        assertThat(htqt.rank()).isEqualTo(3);
        assertThat(htqt.breakdown()).filteredOn(line -> line.criterionId().equals("tc-1")).singleElement()
                .satisfies(line -> {
                    assertThat(line.selfAssessed()).isEqualByComparingTo("59.5");
                    assertThat(line.adjusted()).isEqualByComparingTo("55");
                    assertThat(line.points()).isEqualByComparingTo("55");
                });
        assertThat(htqt.adjustments()).singleElement().satisfies(adjustment -> {
            assertThat(adjustment.reason()).isEqualTo("Thiếu minh chứng (minh họa)");
            assertThat(adjustment.reviewer()).isEqualTo("tham-dinh-1");
            assertThat(adjustment.previousPoints()).isEqualByComparingTo("59.5");
            assertThat(adjustment.adjustedAt()).isEqualTo(Instant.parse("2022-12-01T02:00:50Z"));
        });
        // No longer tied: CVDCXDPL alone in second place.
        assertThat(after.draft().rows()).extracting(RankedRow::rank, RankedRow::unitId)
                .containsExactly(tuple(1, "tong-cuc-thads"), tuple(2, "vu-cvdcxdpl"), tuple(3, "vu-htqt"), tuple(4, "minh-hoa-a"),
                                  tuple(5, "minh-hoa-b"), tuple(5, "minh-hoa-c"));
    }

    @Test
    void aLaterSelfAssessmentDoesNotUndoTheReviewersPoints() {
        RankingView view = fold(scored(), adjusted(HTQT.unit(), DUTIES, "59.5", "55", "Thiếu minh chứng"),
                                selfAssessed(HTQT.unit(), DUTIES, "60"));

        assertThat(row(view, "vu-htqt").total()).isEqualByComparingTo("84");
    }

    @Test
    void thePublishedTableShowsTheAnnouncedFiguresAndTheDraftFollowsThePublishedMethod() {
        RankingView scored = scored();
        RankingPublished published = new RankingPublished(CAMPAIGN, CLUSTER, 2022, List.of(
                ranked(1, THADS.unit(), "92"), ranked(2, CVDCXDPL.unit(), "88.5"), ranked(2, HTQT.unit(), "88.5"), ranked(3, MINH_HOA_A.unit(), "80")),
                RankingMethod.DENSE, RANKING_RULE);

        RankingView view = RankingFold.apply(scored, published, facts(77, "thu-ky"));

        assertThat(view.published().status()).isEqualTo(RankingView.Status.PUBLISHED);
        assertThat(view.published().position()).isEqualTo(77L);
        assertThat(view.published().rule().legalSource()).isEqualTo("Quy chế Cụm thi đua (minh họa)");
        assertThat(view.published().rows()).extracting(RankedRow::rank, RankedRow::unitName)
                .containsExactly(tuple(1, "Tổng cục Thi hành án dân sự"),
                                 tuple(2, "Vụ Các vấn đề chung về xây dựng pháp luật"),
                                 tuple(2, "Vụ Hợp tác quốc tế"), tuple(3, "Đơn vị thành viên A (minh họa)"));
        assertThat(view.published().rows().get(0).breakdown()).first()
                .satisfies(line -> assertThat(line.selfAssessed()).isEqualByComparingTo("58"));
        assertThat(view.draft().method()).isEqualTo(RankingMethod.DENSE);
        assertThat(view.draft().rows()).extracting(RankedRow::rank).containsExactly(1, 2, 2, 3, 4, 4);
        assertThat(scored.published()).isNull();
    }

    @Test
    void anEventThatDoesNotTouchTheRankingLeavesTheSameState() {
        RankingView view = scored();

        assertThat(RankingFold.apply(view, new CovenantSigned(CAMPAIGN, 2022, HTQT.unit(), LocalDate.of(2022, 3, 1)),
                                     facts(99, "thu-ky"))).isSameAs(view);
    }

    private static RankedUnit ranked(int rank, vn.thidua.ledger.events.common.UnitRef unit, String total) {
        return new RankedUnit(rank, unit, new BigDecimal(total), List.of(new CriterionScore(
                new CriterionId("tc-1"), DUTIES.name(), CriterionKind.SCORED, new BigDecimal(total))));
    }

    private static RankedRow row(RankingView view, String unitId) {
        return view.draft().rows().stream().filter(r -> r.unitId().equals(unitId)).findFirst().orElseThrow();
    }
}
