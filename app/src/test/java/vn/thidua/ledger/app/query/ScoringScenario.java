package vn.thidua.ledger.app.query;

import vn.thidua.ledger.app.testsupport.EventFeed;
import vn.thidua.ledger.events.campaign.CampaignLaunched;
import vn.thidua.ledger.events.campaign.Criterion;
import vn.thidua.ledger.events.campaign.CriterionKind;
import vn.thidua.ledger.events.campaign.CriterionScore;
import vn.thidua.ledger.events.campaign.RankedUnit;
import vn.thidua.ledger.events.campaign.RankingMethod;
import vn.thidua.ledger.events.campaign.RankingPublished;
import vn.thidua.ledger.events.campaign.ScoreAdjusted;
import vn.thidua.ledger.events.campaign.ScoreSelfAssessed;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.ClusterId;
import vn.thidua.ledger.fixtures.ClusterIv2022;
import vn.thidua.ledger.fixtures.ClusterIv2022Events;
import vn.thidua.ledger.fixtures.Criteria2022;
import vn.thidua.ledger.fixtures.Member;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static vn.thidua.ledger.fixtures.ClusterIv2022.CVDCXDPL;
import static vn.thidua.ledger.fixtures.ClusterIv2022.HTQT;
import static vn.thidua.ledger.fixtures.ClusterIv2022.MINH_HOA_A;
import static vn.thidua.ledger.fixtures.ClusterIv2022.MINH_HOA_B;
import static vn.thidua.ledger.fixtures.ClusterIv2022.MINH_HOA_C;
import static vn.thidua.ledger.fixtures.ClusterIv2022.THADS;
import static vn.thidua.ledger.fixtures.Criteria2022.BONUS;
import static vn.thidua.ledger.fixtures.Criteria2022.DUTIES;
import static vn.thidua.ledger.fixtures.Criteria2022.MOVEMENT;
import static vn.thidua.ledger.fixtures.Criteria2022.PENALTY;

/**
 * A campaign of Cụm thi đua số IV scored as in the seed's year-end conference, for any year: the cluster, its member
 * units and its scoring table are the {@code cluster-iv-2022} module's; the points are this scenario's own
 * (illustrative), chosen for a tie and a penalty. Each test class uses its own cluster id, as all share one database.
 * <p>
 * Self-assessed totals: Tổng cục THADS 92, Vụ CVĐCXDPL 88.5, Vụ HTQT 88.5, unit A 80 (after a 3-point penalty),
 * unit B 78, unit C 75.
 */
final class ScoringScenario {

    final ClusterId cluster;
    final int year;
    final CampaignId campaign;
    private final EventFeed feed;

    ScoringScenario(EventFeed feed, String clusterId, int year) {
        this.feed = feed;
        this.cluster = new ClusterId(clusterId);
        this.year = year;
        this.campaign = CampaignId.of(cluster, year);
    }

    String campaignId() {
        return campaign.value();
    }

    /** Launch on 15 Feb and self-assessments on 20 Nov of the year. */
    ScoringScenario launchedAndSelfAssessed() {
        append(new CampaignLaunched(campaign, cluster, ClusterIv2022.CLUSTER_NAME, year, ClusterIv2022.campaignName(year),
                                    Criteria2022.SCHEME, ClusterIv2022.MEMBER_UNITS, ClusterIv2022.RULE_SET_ID,
                                    ClusterIv2022.RULE_SET_VERSION, ClusterIv2022.LAUNCHED_ON.withYear(year)),
               Instant.parse(year + "-02-15T01:00:00Z"), "thu-ky");
        Instant at = Instant.parse(year + "-11-20T01:00:00Z");
        selfAssess(THADS, DUTIES, "58", at);
        selfAssess(THADS, MOVEMENT, "29", at);
        selfAssess(THADS, BONUS, "5", at);
        selfAssess(HTQT, DUTIES, "59.5", at);
        selfAssess(HTQT, MOVEMENT, "29", at);
        selfAssess(CVDCXDPL, DUTIES, "60", at);
        selfAssess(CVDCXDPL, MOVEMENT, "28.5", at);
        selfAssess(MINH_HOA_A, DUTIES, "55", at);
        selfAssess(MINH_HOA_A, MOVEMENT, "28", at);
        selfAssess(MINH_HOA_A, PENALTY, "3", at);
        selfAssess(MINH_HOA_B, DUTIES, "52", at);
        selfAssess(MINH_HOA_B, MOVEMENT, "26", at);
        selfAssess(MINH_HOA_C, DUTIES, "50", at);
        selfAssess(MINH_HOA_C, MOVEMENT, "25", at);
        return this;
    }

    /** The reviewer lowers Vụ HTQT's first criterion from 59.5 to 55 on 1 Dec, 02:00 UTC: its total becomes 84. */
    void adjustHtqt(String reviewer) {
        append(new ScoreAdjusted(campaign, year, HTQT.unit(), DUTIES.criterionId(), DUTIES.name(), new BigDecimal("59.5"),
                                 new BigDecimal("55"), "Thiếu minh chứng cho nhiệm vụ 3 (minh họa)"),
               Instant.parse(year + "-12-01T02:00:00Z"), reviewer);
    }

    /** Published on 9 Dec, the day of the conference, with the self-assessed figures. */
    void publish() {
        append(new RankingPublished(campaign, cluster, year, List.of(
                       ranked(1, THADS, "92"), ranked(2, CVDCXDPL, "88.5"), ranked(2, HTQT, "88.5"), ranked(4, MINH_HOA_A, "80"),
                       ranked(5, MINH_HOA_B, "78"), ranked(6, MINH_HOA_C, "75")),
                                    RankingMethod.STANDARD_COMPETITION, ClusterIv2022Events.RANKING_RULE),
               Instant.parse(year + "-12-09T03:00:00Z"), "thu-ky");
    }

    private void selfAssess(Member unit, Criterion criterion, String points, Instant at) {
        append(new ScoreSelfAssessed(campaign, year, unit.unit(), criterion.criterionId(), criterion.name(),
                                     new BigDecimal(points), criterion.maxPoints()), at, "dai-dien-" + unit.id());
    }

    private void append(Object event, Instant at, String principal) {
        feed.append("Campaign", campaign.value(), event, at, principal);
    }

    private static RankedUnit ranked(int rank, Member unit, String total) {
        return new RankedUnit(rank, unit.unit(), new BigDecimal(total), List.of(new CriterionScore(
                DUTIES.criterionId(), DUTIES.name(), CriterionKind.SCORED, new BigDecimal(total))));
    }
}
