package vn.thidua.ledger.command;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.ledger.command.fixtures.ClusterIv2022.CIVIL_JUDGMENT_ENFORCEMENT;
import static vn.thidua.ledger.command.fixtures.ClusterIv2022.CLUSTER;
import static vn.thidua.ledger.command.fixtures.ClusterIv2022.GENERAL_ISSUES_ON_LAW_MAKING;
import static vn.thidua.ledger.command.fixtures.ClusterIv2022.INTERNATIONAL_COOPERATION;
import static vn.thidua.ledger.command.fixtures.ClusterIv2022.NAME;
import static vn.thidua.ledger.command.fixtures.Nominations2022.CONFERENCE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thidua.ledger.command.rules.RuleCode;
import vn.thidua.ledger.command.fixtures.Campaign2022;
import vn.thidua.ledger.command.fixtures.ClusterIv2022;
import vn.thidua.ledger.command.fixtures.Json;
import vn.thidua.ledger.command.fixtures.Nominations2022;
import vn.thidua.ledger.command.fixtures.Rules;
import vn.thidua.ledger.events.campaign.CampaignClosed;
import vn.thidua.ledger.events.campaign.CampaignEvent;
import vn.thidua.ledger.events.campaign.CovenantSigned;
import vn.thidua.ledger.events.campaign.RankedUnit;
import vn.thidua.ledger.events.campaign.RankingMethod;
import vn.thidua.ledger.events.campaign.RankingPublished;
import vn.thidua.ledger.events.campaign.ScoreAdjusted;
import vn.thidua.ledger.events.cluster.ClusterEvent;
import vn.thidua.ledger.events.cluster.LeadershipAppointed;
import vn.thidua.ledger.events.cluster.UnitAdmitted;
import vn.thidua.ledger.events.cluster.UnitWithdrawn;
import vn.thidua.ledger.events.common.DecisionId;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.common.VoterId;
import vn.thidua.ledger.events.decision.AppointmentDecided;
import vn.thidua.ledger.events.decision.AwardRevoked;
import vn.thidua.ledger.events.decision.CommendationDecided;
import vn.thidua.ledger.events.decision.CommendationKind;
import vn.thidua.ledger.events.decision.DecisionEvent;
import vn.thidua.ledger.events.decision.ProposalCap;
import vn.thidua.ledger.events.decision.Recipient;
import vn.thidua.ledger.events.decision.RevocationGround;
import vn.thidua.ledger.events.nomination.BallotCredentialReissued;
import vn.thidua.ledger.events.nomination.BallotCredentialsIssued;
import vn.thidua.ledger.events.nomination.BallotKeyPublished;
import vn.thidua.ledger.events.nomination.BlindSignatureIssued;
import vn.thidua.ledger.events.nomination.BallotBoxOpened;
import vn.thidua.ledger.events.nomination.BlindSignatureReissueGranted;
import vn.thidua.ledger.events.nomination.CandidateOutcome;
import vn.thidua.ledger.events.nomination.CandidateResult;
import vn.thidua.ledger.events.nomination.NominationEvent;
import vn.thidua.ledger.events.nomination.NominationRoundClosed;
import vn.thidua.ledger.events.nomination.OpenBallotCast;
import vn.thidua.ledger.events.nomination.SecretBallotCast;
import vn.thidua.ledger.events.nomination.WrittenVoteRecorded;
import vn.thidua.ledger.events.pledge.PledgeAmended;
import vn.thidua.ledger.events.pledge.PledgeEvent;
import vn.thidua.ledger.events.pledge.PledgeRegistered;
import vn.thidua.ledger.events.pledge.PledgeWithdrawn;
import vn.thidua.ledger.events.pledge.RegistrantKind;

/** Every event type, written and read back by Jackson 2 without annotations, Vietnamese text intact. */
class EventJsonRoundTripTest {

    private static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    static Stream<Object> oneOfEachEvent() {
        RegistrantId enforcement = new RegistrantId(CIVIL_JUDGMENT_ENFORCEMENT.id().value());
        Recipient recipient = new Recipient(enforcement, CIVIL_JUDGMENT_ENFORCEMENT.name(), CIVIL_JUDGMENT_ENFORCEMENT);
        DecisionId award = DecisionId.ofNumber("120/QĐ-BTP");
        return Stream.of(
                ClusterIv2022.formed(),
                new UnitAdmitted(CLUSTER, NAME, ClusterIv2022.OUTSIDER, 2023),
                new UnitWithdrawn(CLUSTER, NAME, ClusterIv2022.ILLUSTRATIVE_A, 2023, "Tổ chức lại"),
                new LeadershipAppointed(CLUSTER, NAME, 2023, INTERNATIONAL_COOPERATION, CIVIL_JUDGMENT_ENFORCEMENT,
                        DecisionId.ofNumber("3456/QĐ-BTP"), "3456/QĐ-BTP"),
                Campaign2022.launched(),
                Campaign2022.windowSet(),
                new CovenantSigned(Campaign2022.CAMPAIGN, 2022, INTERNATIONAL_COOPERATION, CONFERENCE),
                Campaign2022.selfAssessed(INTERNATIONAL_COOPERATION, Campaign2022.DUTIES, "55.50"),
                new ScoreAdjusted(Campaign2022.CAMPAIGN, 2022, INTERNATIONAL_COOPERATION,
                        Campaign2022.DUTIES.criterionId(), Campaign2022.DUTIES.name(), new BigDecimal("55.50"),
                        new BigDecimal("50"), "Thiếu minh chứng"),
                Campaign2022.finalised(INTERNATIONAL_COOPERATION, "50", "30"),
                new RankingPublished(Campaign2022.CAMPAIGN, CLUSTER, 2022, List.of(new RankedUnit(1,
                        INTERNATIONAL_COOPERATION, new BigDecimal("80"), Campaign2022.scores("50", "30"))),
                        RankingMethod.STANDARD_COMPETITION, Rules.CATALOG.forYear(2022).reference(RuleCode.RANKING)),
                new CampaignClosed(Campaign2022.CAMPAIGN, 2022, "Báo cáo tổng kết năm 2022", CONFERENCE),
                new PledgeRegistered(Campaign2022.CAMPAIGN, 2022, new RegistrantId("cc-1"), "Trần Văn Minh Họa",
                        RegistrantKind.INDIVIDUAL, INTERNATIONAL_COOPERATION, null, List.of(Title.ADVANCED_WORKER),
                        LocalDate.of(2022, 3, 1)),
                new PledgeAmended(Campaign2022.CAMPAIGN, 2022, enforcement, CIVIL_JUDGMENT_ENFORCEMENT.name(), 120,
                        List.of(Title.SECTOR_EMULATION_FLAG), LocalDate.of(2022, 3, 2)),
                new PledgeWithdrawn(Campaign2022.CAMPAIGN, 2022, enforcement, CIVIL_JUDGMENT_ENFORCEMENT.name(),
                        "Rút đăng ký", LocalDate.of(2022, 3, 3)),
                Nominations2022.councilRoundOpened(),
                new BallotCredentialsIssued(Nominations2022.COUNCIL_ROUND, List.of(HASH)),
                new BallotCredentialReissued(Nominations2022.COUNCIL_ROUND, new VoterId("hd-3"), HASH, HASH),
                new BallotKeyPublished(Nominations2022.COUNCIL_ROUND, "RSABSSA-SHA384-PSS-Deterministic", "AQAB", "AQAB"),
                new BlindSignatureIssued(Nominations2022.COUNCIL_ROUND, new VoterId("hd-3"), HASH),
                new BlindSignatureReissueGranted(Nominations2022.COUNCIL_ROUND, new VoterId("hd-3")),
                new BallotBoxOpened(Nominations2022.COUNCIL_ROUND, 7, Nominations2022.CONFERENCE),
                new OpenBallotCast(Nominations2022.FLAG_ROUND, new VoterId("vu-htqt"), INTERNATIONAL_COOPERATION.name(),
                        List.of(enforcement), CONFERENCE),
                new WrittenVoteRecorded(Nominations2022.FLAG_ROUND, new VoterId("vu-htqt"),
                        INTERNATIONAL_COOPERATION.name(), List.of(), CONFERENCE),
                new SecretBallotCast(Nominations2022.COUNCIL_ROUND, HASH, List.of(Nominations2022.FIGHTER.registrantId())),
                new NominationRoundClosed(Nominations2022.FLAG_ROUND, Campaign2022.CAMPAIGN, 2022,
                        Title.SECTOR_EMULATION_FLAG, Nominations2022.flagRule(), 6, 6, true, List.of(
                        new CandidateResult(enforcement, CIVIL_JUDGMENT_ENFORCEMENT.name(), CIVIL_JUDGMENT_ENFORCEMENT,
                                5, 6, 4, CandidateOutcome.ELECTED)), false, CONFERENCE),
                new CommendationDecided(award, "120/QĐ-BTP", CONFERENCE, "Thứ trưởng (minh họa)",
                        CommendationKind.PROPOSAL, Title.GOVERNMENT_EMULATION_FLAG, 2022, Nominations2022.FLAG_ROUND,
                        Nominations2022.flagRule().rule(), List.of(recipient),
                        new ProposalCap(Rules.CATALOG.forYear(2022).reference(RuleCode.R6), 10, 2)),
                new AppointmentDecided(DecisionId.ofNumber("3456/QĐ-BTP"), "3456/QĐ-BTP", CONFERENCE,
                        "Thứ trưởng (minh họa)", CLUSTER, NAME, 2023, INTERNATIONAL_COOPERATION,
                        GENERAL_ISSUES_ON_LAW_MAKING, Rules.CATALOG.forYear(2023).reference(RuleCode.R11)),
                new AwardRevoked(award, "120/QĐ-BTP", Title.SECTOR_EMULATION_FLAG, recipient, "88/QĐ-BTP",
                        LocalDate.of(2023, 6, 1), RevocationGround.FALSE_DECLARATION, "Kê khai sai",
                        Rules.CATALOG.forYear(2022).reference(RuleCode.R10)));
    }

    @ParameterizedTest
    @MethodSource("oneOfEachEvent")
    void anEventSurvivesJacksonUnchanged(Object event) {
        assertThat(Json.read(Json.write(event), event.getClass())).isEqualTo(event);
    }

    @Test
    void theSamplesCoverEveryEventTypeAndEachIsRevisioned() {
        Set<Class<?>> declared = Stream.of(ClusterEvent.class, CampaignEvent.class, PledgeEvent.class,
                        NominationEvent.class, DecisionEvent.class)
                .flatMap(sealed -> Arrays.stream(sealed.getPermittedSubclasses())).collect(Collectors.toSet());
        assertThat(oneOfEachEvent().map(Object::getClass).collect(Collectors.toSet())).isEqualTo(declared);
        assertThat(declared).allSatisfy(type -> assertThat(type.getAnnotation(Revision.class)).isNotNull());
    }

    @Test
    void idsAndDatesHaveAPlainJsonShape() {
        assertThat(Json.write(Campaign2022.windowSet())).isEqualTo(
                "{\"campaignId\":\"btp-cum-iv-2022\",\"year\":2022,"
                        + "\"opensOn\":\"2022-02-15\",\"closesOn\":\"2022-03-31\"}");
    }
}
