package vn.thidua.ledger.query.testsupport;

import vn.thidua.ledger.events.campaign.CampaignClosed;
import vn.thidua.ledger.events.campaign.CampaignLaunched;
import vn.thidua.ledger.events.campaign.CovenantSigned;
import vn.thidua.ledger.events.campaign.CriterionScore;
import vn.thidua.ledger.events.campaign.RankedUnit;
import vn.thidua.ledger.events.campaign.RankingMethod;
import vn.thidua.ledger.events.campaign.RankingPublished;
import vn.thidua.ledger.events.campaign.ScoringScheme;
import vn.thidua.ledger.events.cluster.ClusterFormed;
import vn.thidua.ledger.events.cluster.LeadershipAppointed;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.ClusterId;
import vn.thidua.ledger.events.common.DecisionId;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.events.common.RuleReference;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.common.UnitId;
import vn.thidua.ledger.events.common.UnitRef;
import vn.thidua.ledger.events.decision.AppointmentDecided;
import vn.thidua.ledger.events.decision.AwardRevoked;
import vn.thidua.ledger.events.decision.CommendationDecided;
import vn.thidua.ledger.events.decision.CommendationKind;
import vn.thidua.ledger.events.decision.Recipient;
import vn.thidua.ledger.events.decision.RevocationGround;
import vn.thidua.ledger.events.nomination.BallotKind;
import vn.thidua.ledger.events.nomination.Candidate;
import vn.thidua.ledger.events.nomination.CandidateOutcome;
import vn.thidua.ledger.events.nomination.CandidateResult;
import vn.thidua.ledger.events.nomination.Comparison;
import vn.thidua.ledger.events.nomination.NominationRoundClosed;
import vn.thidua.ledger.events.nomination.NominationRoundOpened;
import vn.thidua.ledger.events.nomination.ThresholdBase;
import vn.thidua.ledger.events.nomination.Voter;
import vn.thidua.ledger.events.nomination.VotingBody;
import vn.thidua.ledger.events.nomination.VotingRule;
import vn.thidua.ledger.events.pledge.PledgeRegistered;
import vn.thidua.ledger.events.pledge.PledgeWithdrawn;
import vn.thidua.ledger.events.pledge.RegistrantKind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * Cụm thi đua số IV, year 2022, as the seed news item tells it (9 Dec 2022 conference). Scores, vote counts,
 * staff counts and decision numbers are illustrative.
 */
public final class ClusterIvYear2022 {

    public static final ClusterId CLUSTER = new ClusterId("btp-cum-iv");
    public static final String CLUSTER_NAME = "Cụm thi đua số IV";
    public static final CampaignId CAMPAIGN = CampaignId.of(CLUSTER, 2022);
    public static final UnitRef HTQT = new UnitRef(new UnitId("vu-htqt"), "Vụ Hợp tác quốc tế");
    public static final UnitRef THADS = new UnitRef(new UnitId("tc-thads"), "Tổng cục Thi hành án dân sự");
    public static final UnitRef PLCHUNG = new UnitRef(new UnitId("vu-cvdcxdpl"), "Vụ Các vấn đề chung về xây dựng pháp luật");
    public static final UnitRef TDKT = new UnitRef(new UnitId("vu-tdkt"), "Vụ Thi đua – Khen thưởng");
    public static final List<UnitRef> MEMBERS = List.of(HTQT, THADS, PLCHUNG, TDKT);
    public static final RoundId FLAG_ROUND = new RoundId("btp-cum-iv-2022-co-thi-dua");
    public static final LocalDate CONFERENCE = LocalDate.of(2022, 12, 9);
    public static final RuleReference R8 = new RuleReference("btp-thidua", 1, "R8", "Quy chế hoạt động cụm (minh họa)");
    public static final RuleReference R10 = new RuleReference("btp-thidua", 1, "R10", "Luật Thi đua, khen thưởng 2022, chương VII");
    public static final RuleReference R11 = new RuleReference("btp-thidua", 1, "R11", "Thực tiễn ngành Tư pháp");
    public static final String FLAG_PROPOSAL_NUMBER = "25/TTr-CTĐ4";
    public static final String AWARD_NUMBER = "3456/QĐ-BTP";
    public static final String APPOINTMENT_NUMBER = "15/QĐ-BTP";

    private ClusterIvYear2022() {
    }

    public static ClusterFormed formed() {
        return new ClusterFormed(CLUSTER, CLUSTER_NAME, 2022, MEMBERS);
    }

    public static LeadershipAppointed leadership(int year, UnitRef head, UnitRef deputy, String number) {
        return new LeadershipAppointed(CLUSTER, CLUSTER_NAME, year, head, deputy, DecisionId.ofNumber(number), number);
    }

    public static CampaignLaunched launched() {
        return new CampaignLaunched(CAMPAIGN, CLUSTER, CLUSTER_NAME, 2022, "Phong trào thi đua năm 2022 của Cụm thi đua số IV",
                                    new ScoringScheme(List.of()), MEMBERS, "btp-thidua", 1, LocalDate.of(2022, 2, 15));
    }

    public static PledgeRegistered unitPledge(UnitRef unit, int staff) {
        return new PledgeRegistered(CAMPAIGN, 2022, new RegistrantId(unit.id().value()), unit.name(), RegistrantKind.UNIT,
                                    unit, staff, List.of(Title.EXCELLENT_COLLECTIVE, Title.SECTOR_EMULATION_FLAG),
                                    LocalDate.of(2022, 3, 1));
    }

    public static PledgeRegistered personPledge(String id, UnitRef unit) {
        return new PledgeRegistered(CAMPAIGN, 2022, new RegistrantId(id), "Công chức " + id + " (minh họa)",
                                    RegistrantKind.INDIVIDUAL, unit, null, List.of(Title.ADVANCED_WORKER),
                                    LocalDate.of(2022, 3, 2));
    }

    public static PledgeWithdrawn withdrawn(String id) {
        return new PledgeWithdrawn(CAMPAIGN, 2022, new RegistrantId(id), "Công chức " + id + " (minh họa)",
                                   "Chuyển công tác", LocalDate.of(2022, 6, 1));
    }

    public static CovenantSigned covenant(UnitRef unit) {
        return new CovenantSigned(CAMPAIGN, 2022, unit, LocalDate.of(2022, 3, 15));
    }

    public static RankingPublished ranking() {
        return new RankingPublished(CAMPAIGN, CLUSTER, 2022, List.of(
                ranked(1, THADS, "96.5"), ranked(1, PLCHUNG, "96.5"), ranked(3, HTQT, "92"), ranked(4, TDKT, "90")),
                                    RankingMethod.STANDARD_COMPETITION, R8);
    }

    public static NominationRoundOpened flagRoundOpened() {
        return new NominationRoundOpened(FLAG_ROUND, CAMPAIGN, 2022, Title.SECTOR_EMULATION_FLAG,
                                         List.of(candidate(THADS), candidate(PLCHUNG)),
                                         MEMBERS.stream().map(u -> new Voter(new vn.thidua.ledger.events.common.VoterId(u.id().value()), u.name(), u)).toList(),
                                         flagRule(), R8, true, CONFERENCE);
    }

    public static NominationRoundClosed flagRoundClosed() {
        return new NominationRoundClosed(FLAG_ROUND, CAMPAIGN, 2022, Title.SECTOR_EMULATION_FLAG, flagRule(), 4, 4, true,
                                         List.of(result(THADS, 4), result(PLCHUNG, 3)), false, CONFERENCE);
    }

    public static CommendationDecided flagProposal() {
        return new CommendationDecided(DecisionId.ofNumber(FLAG_PROPOSAL_NUMBER), FLAG_PROPOSAL_NUMBER, CONFERENCE,
                                       "Trưởng Cụm thi đua số IV", CommendationKind.PROPOSAL, Title.SECTOR_EMULATION_FLAG,
                                       2022, FLAG_ROUND, R8, List.of(recipient(THADS), recipient(PLCHUNG)), null);
    }

    public static CommendationDecided flagAward() {
        return new CommendationDecided(DecisionId.ofNumber(AWARD_NUMBER), AWARD_NUMBER, LocalDate.of(2023, 1, 10),
                                       "Bộ trưởng Bộ Tư pháp", CommendationKind.AWARD, Title.SECTOR_EMULATION_FLAG, 2022,
                                       FLAG_ROUND, R8, List.of(recipient(THADS), recipient(PLCHUNG)), null);
    }

    public static AwardRevoked flagRevoked(UnitRef unit) {
        return new AwardRevoked(DecisionId.ofNumber(AWARD_NUMBER), AWARD_NUMBER, Title.SECTOR_EMULATION_FLAG,
                                recipient(unit), "789/QĐ-BTP", LocalDate.of(2023, 6, 1), RevocationGround.STANDARDS_NOT_MET,
                                "Phát hiện không đạt tiêu chuẩn sau thanh tra (minh họa)", R10);
    }

    public static AppointmentDecided appointment2023() {
        return new AppointmentDecided(DecisionId.ofNumber(APPOINTMENT_NUMBER), APPOINTMENT_NUMBER, CONFERENCE,
                                      "Thứ trưởng Bộ Tư pháp", CLUSTER, CLUSTER_NAME, 2023, HTQT, PLCHUNG, R11);
    }

    public static CampaignClosed closed() {
        return new CampaignClosed(CAMPAIGN, 2022, "Cụm thi đua số IV hoàn thành tốt nhiệm vụ năm 2022 (tóm tắt minh họa)",
                                  CONFERENCE);
    }

    public static Recipient recipient(UnitRef unit) {
        return new Recipient(new RegistrantId(unit.id().value()), unit.name(), unit);
    }

    private static RankedUnit ranked(int rank, UnitRef unit, String total) {
        return new RankedUnit(rank, unit, new BigDecimal(total), List.<CriterionScore>of());
    }

    private static Candidate candidate(UnitRef unit) {
        return new Candidate(new RegistrantId(unit.id().value()), unit.name(), unit, List.of(Title.SECTOR_EMULATION_FLAG));
    }

    private static CandidateResult result(UnitRef unit, int approvals) {
        return new CandidateResult(new RegistrantId(unit.id().value()), unit.name(), unit, approvals, 4, 3,
                                   CandidateOutcome.ELECTED);
    }

    private static VotingRule flagRule() {
        return new VotingRule(R8, VotingBody.MEMBER_UNITS, BallotKind.OPEN, new BigDecimal("0.5"), Comparison.MORE_THAN,
                              ThresholdBase.TOTAL_MEMBERSHIP, RoundingMode.FLOOR, BigDecimal.ZERO, 2, false);
    }
}
