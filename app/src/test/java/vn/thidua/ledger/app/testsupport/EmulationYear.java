package vn.thidua.ledger.app.testsupport;

import vn.thidua.ledger.events.campaign.CampaignLaunched;
import vn.thidua.ledger.events.campaign.CovenantSigned;
import vn.thidua.ledger.events.campaign.Criterion;
import vn.thidua.ledger.events.campaign.CriterionKind;
import vn.thidua.ledger.events.campaign.RankedUnit;
import vn.thidua.ledger.events.campaign.RankingMethod;
import vn.thidua.ledger.events.campaign.RankingPublished;
import vn.thidua.ledger.events.campaign.ScoreAdjusted;
import vn.thidua.ledger.events.campaign.ScoringScheme;
import vn.thidua.ledger.events.cluster.ClusterFormed;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.ClusterId;
import vn.thidua.ledger.events.common.CriterionId;
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
import vn.thidua.ledger.events.nomination.Comparison;
import vn.thidua.ledger.events.nomination.NominationRoundOpened;
import vn.thidua.ledger.events.nomination.SecretBallotCast;
import vn.thidua.ledger.events.nomination.ThresholdBase;
import vn.thidua.ledger.events.nomination.Voter;
import vn.thidua.ledger.events.nomination.VotingBody;
import vn.thidua.ledger.events.nomination.VotingRule;
import vn.thidua.ledger.events.pledge.PledgeRegistered;
import vn.thidua.ledger.events.pledge.RegistrantKind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * The events of one emulation year of a Cluster IV-like cluster, for HTTP tests. The cluster id is a parameter
 * because HTTP tests share one application context and event store: each test class uses its own cluster, round
 * and decision numbers. Scores, counts and decision numbers are illustrative.
 */
public final class EmulationYear {

    public static final UnitRef HTQT = new UnitRef(new UnitId("vu-htqt"), "Vụ Hợp tác quốc tế");
    public static final UnitRef THADS = new UnitRef(new UnitId("tc-thads"), "Tổng cục Thi hành án dân sự");
    public static final UnitRef PLCHUNG = new UnitRef(new UnitId("vu-cvdcxdpl"), "Vụ Các vấn đề chung về xây dựng pháp luật");
    public static final UnitRef TDKT = new UnitRef(new UnitId("vu-tdkt"), "Vụ Thi đua – Khen thưởng");
    public static final List<UnitRef> MEMBERS = List.of(HTQT, THADS, PLCHUNG, TDKT);
    public static final RuleReference R8 = new RuleReference("btp-thidua", 1, "R8", "Quy chế hoạt động cụm (minh họa)");
    public static final RuleReference R10 = new RuleReference("btp-thidua", 1, "R10", "Luật Thi đua, khen thưởng 2022, chương VII");
    public static final RuleReference R11 = new RuleReference("btp-thidua", 1, "R11", "Thực tiễn ngành Tư pháp");
    public static final LocalDate CONFERENCE = LocalDate.of(2022, 12, 9);

    public final ClusterId cluster;
    public final CampaignId campaign;
    public final RoundId flagRound;

    public EmulationYear(String clusterId) {
        this.cluster = new ClusterId(clusterId);
        this.campaign = CampaignId.of(cluster, 2022);
        this.flagRound = new RoundId(campaign.value() + "-co-thi-dua");
    }

    public ClusterFormed formed() {
        return new ClusterFormed(cluster, "Cụm thi đua số IV", 2022, MEMBERS);
    }

    public CampaignLaunched launched() {
        return new CampaignLaunched(campaign, cluster, "Cụm thi đua số IV", 2022, "Phong trào thi đua năm 2022",
                                    new ScoringScheme(List.of(new Criterion(new CriterionId("tc-1"),
                                            "Thực hiện nhiệm vụ chuyên môn (minh họa)", CriterionKind.SCORED,
                                            new BigDecimal("60")))), MEMBERS, "btp-thidua", 1, LocalDate.of(2022, 2, 15));
    }

    public PledgeRegistered unitPledge(UnitRef unit, int staff) {
        return new PledgeRegistered(campaign, 2022, new RegistrantId(unit.id().value()), unit.name(), RegistrantKind.UNIT,
                                    unit, staff, List.of(Title.SECTOR_EMULATION_FLAG), LocalDate.of(2022, 3, 1));
    }

    public CovenantSigned covenant(UnitRef unit) {
        return new CovenantSigned(campaign, 2022, unit, LocalDate.of(2022, 3, 15));
    }

    public ScoreAdjusted adjusted(UnitRef unit, String from, String to) {
        return new ScoreAdjusted(campaign, 2022, unit, new CriterionId("tc-1"), "Thực hiện nhiệm vụ chuyên môn (minh họa)",
                                 new BigDecimal(from), new BigDecimal(to), "Thẩm định theo biên bản ngày 09/12/2022");
    }

    public RankingPublished ranking() {
        return new RankingPublished(campaign, cluster, 2022, List.of(
                new RankedUnit(1, THADS, new BigDecimal("96.5"), List.of()),
                new RankedUnit(1, PLCHUNG, new BigDecimal("96.5"), List.of()),
                new RankedUnit(3, HTQT, new BigDecimal("92"), List.of()),
                new RankedUnit(4, TDKT, new BigDecimal("90"), List.of())), RankingMethod.STANDARD_COMPETITION, R8);
    }

    public NominationRoundOpened flagRoundOpened(BallotKind ballot) {
        return new NominationRoundOpened(flagRound, campaign, 2022, Title.SECTOR_EMULATION_FLAG,
                List.of(candidate(THADS), candidate(PLCHUNG)),
                MEMBERS.stream().map(u -> new Voter(new vn.thidua.ledger.events.common.VoterId(u.id().value()), u.name(), u)).toList(),
                new VotingRule(R8, VotingBody.MEMBER_UNITS, ballot, new BigDecimal("0.5"), Comparison.MORE_THAN,
                               ThresholdBase.TOTAL_MEMBERSHIP, RoundingMode.FLOOR, BigDecimal.ZERO, 2, false),
                R8, true, CONFERENCE);
    }

    public SecretBallotCast secretBallot() {
        return new SecretBallotCast(flagRound, "bien-nhan-minh-hoa", List.of(new RegistrantId(THADS.id().value())));
    }

    public CommendationDecided commendation(String number, CommendationKind kind, LocalDate signedOn, UnitRef... units) {
        return new CommendationDecided(DecisionId.ofNumber(number), number, signedOn, "Bộ trưởng Bộ Tư pháp", kind,
                                       Title.SECTOR_EMULATION_FLAG, 2022, flagRound, R8,
                                       java.util.Arrays.stream(units).map(EmulationYear::recipient).toList(), null);
    }

    public AwardRevoked revoked(String awardNumber, UnitRef unit) {
        return new AwardRevoked(DecisionId.ofNumber(awardNumber), awardNumber, Title.SECTOR_EMULATION_FLAG, recipient(unit),
                                "789/QĐ-BTP", LocalDate.of(2023, 6, 1), RevocationGround.STANDARDS_NOT_MET,
                                "Không đạt tiêu chuẩn khi thanh tra (minh họa)", R10);
    }

    public AppointmentDecided appointment(String number) {
        return new AppointmentDecided(DecisionId.ofNumber(number), number, CONFERENCE, "Thứ trưởng Bộ Tư pháp", cluster,
                                      "Cụm thi đua số IV", 2023, HTQT, PLCHUNG, R11);
    }

    public static Recipient recipient(UnitRef unit) {
        return new Recipient(new RegistrantId(unit.id().value()), unit.name(), unit);
    }

    private static Candidate candidate(UnitRef unit) {
        return new Candidate(new RegistrantId(unit.id().value()), unit.name(), unit, List.of(Title.SECTOR_EMULATION_FLAG));
    }
}
