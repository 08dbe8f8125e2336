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
import vn.thidua.ledger.events.campaign.ScoringScheme;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.ClusterId;
import vn.thidua.ledger.events.common.CriterionId;
import vn.thidua.ledger.events.common.RuleReference;
import vn.thidua.ledger.events.common.UnitId;
import vn.thidua.ledger.events.common.UnitRef;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A campaign of Cụm thi đua số IV scored as in the seed's year-end conference. Units are the seed's; the scoring
 * table and all points are illustrative. Each test class uses its own cluster id, as all share one database.
 * <p>
 * Self-assessed totals: Tổng cục THADS 92, Vụ CVĐCXDPL 88.5, Vụ HTQT 88.5, Vụ TĐKT 80 (after a 3-point penalty).
 */
final class ScoringScenario {

    static final UnitRef HTQT = unit("vu-htqt", "Vụ Hợp tác quốc tế");
    static final UnitRef THADS = unit("tc-thads", "Tổng cục Thi hành án dân sự");
    static final UnitRef PLCHUNG = unit("vu-cvdcxdpl", "Vụ Các vấn đề chung về xây dựng pháp luật");
    static final UnitRef TDKT = unit("vu-tdkt", "Vụ Thi đua – Khen thưởng");
    static final Criterion DUTIES = criterion("tc-1", "Thực hiện nhiệm vụ chuyên môn (minh họa)", CriterionKind.SCORED, "60");
    static final Criterion MOVEMENT = criterion("tc-2", "Tổ chức phong trào thi đua (minh họa)", CriterionKind.SCORED, "30");
    static final Criterion BONUS = criterion("thuong", "Điểm thưởng (minh họa)", CriterionKind.BONUS, "5");
    static final Criterion PENALTY = criterion("tru", "Điểm trừ (minh họa)", CriterionKind.PENALTY, "10");
    static final RuleReference RANKING_RULE = new RuleReference("btp-thidua", 1, "RANKING",
                                                                "Quy chế hoạt động Cụm thi đua (minh họa)");

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
        append(new CampaignLaunched(campaign, cluster, "Cụm thi đua số IV", year, "Phong trào thi đua năm " + year,
                                    new ScoringScheme(List.of(DUTIES, MOVEMENT, BONUS, PENALTY)),
                                    List.of(HTQT, THADS, PLCHUNG, TDKT), "btp-thidua", 1, LocalDate.of(year, 2, 15)),
               Instant.parse(year + "-02-15T01:00:00Z"), "thu-ky");
        Instant at = Instant.parse(year + "-11-20T01:00:00Z");
        selfAssess(THADS, DUTIES, "58", at);
        selfAssess(THADS, MOVEMENT, "29", at);
        selfAssess(THADS, BONUS, "5", at);
        selfAssess(HTQT, DUTIES, "59.5", at);
        selfAssess(HTQT, MOVEMENT, "29", at);
        selfAssess(PLCHUNG, DUTIES, "60", at);
        selfAssess(PLCHUNG, MOVEMENT, "28.5", at);
        selfAssess(TDKT, DUTIES, "55", at);
        selfAssess(TDKT, MOVEMENT, "28", at);
        selfAssess(TDKT, PENALTY, "3", at);
        return this;
    }

    /** The reviewer lowers Vụ HTQT's first criterion from 59.5 to 55 on 1 Dec, 02:00 UTC: its total becomes 84. */
    void adjustHtqt(String reviewer) {
        append(new ScoreAdjusted(campaign, year, HTQT, DUTIES.criterionId(), DUTIES.name(), new BigDecimal("59.5"),
                                 new BigDecimal("55"), "Thiếu minh chứng cho nhiệm vụ 3 (minh họa)"),
               Instant.parse(year + "-12-01T02:00:00Z"), reviewer);
    }

    /** Published on 9 Dec, the day of the conference, with the self-assessed figures. */
    void publish() {
        append(new RankingPublished(campaign, cluster, year, List.of(
                       ranked(1, THADS, "92"), ranked(2, PLCHUNG, "88.5"), ranked(2, HTQT, "88.5"), ranked(4, TDKT, "80")),
                                    RankingMethod.STANDARD_COMPETITION, RANKING_RULE),
               Instant.parse(year + "-12-09T03:00:00Z"), "thu-ky");
    }

    private void selfAssess(UnitRef unit, Criterion criterion, String points, Instant at) {
        append(new ScoreSelfAssessed(campaign, year, unit, criterion.criterionId(), criterion.name(),
                                     new BigDecimal(points), criterion.maxPoints()), at, "dai-dien-" + unit.id().value());
    }

    private void append(Object event, Instant at, String principal) {
        feed.append("Campaign", campaign.value(), event, at, principal);
    }

    private static RankedUnit ranked(int rank, UnitRef unit, String total) {
        return new RankedUnit(rank, unit, new BigDecimal(total), List.of(new CriterionScore(
                DUTIES.criterionId(), DUTIES.name(), CriterionKind.SCORED, new BigDecimal(total))));
    }

    private static UnitRef unit(String id, String name) {
        return new UnitRef(new UnitId(id), name);
    }

    private static Criterion criterion(String id, String name, CriterionKind kind, String max) {
        return new Criterion(new CriterionId(id), name, kind, new BigDecimal(max));
    }
}
