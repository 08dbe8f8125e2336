package vn.thidua.ledger.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Revision;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.UnknownSerializedType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thidua.ledger.command.rules.RuleCode;
import vn.thidua.ledger.eventstore.EventJson;
import vn.thidua.ledger.command.fixtures.Json;
import vn.thidua.ledger.command.fixtures.Rules;
import vn.thidua.ledger.events.campaign.CampaignClosed;
import vn.thidua.ledger.events.campaign.DraftSummaryPresented;
import vn.thidua.ledger.events.campaign.RuleVersionChosen;
import vn.thidua.ledger.events.campaign.SummaryCommentRecorded;
import vn.thidua.ledger.events.campaign.YearEndConferenceHeld;
import vn.thidua.ledger.events.campaign.CampaignEvent;
import vn.thidua.ledger.events.campaign.CampaignLaunched;
import vn.thidua.ledger.events.campaign.CovenantSigned;
import vn.thidua.ledger.events.campaign.Criterion;
import vn.thidua.ledger.events.campaign.CriterionKind;
import vn.thidua.ledger.events.campaign.CriterionScore;
import vn.thidua.ledger.events.campaign.EmulationRecordsRequired;
import vn.thidua.ledger.events.campaign.IllustrativeFigure;
import vn.thidua.ledger.events.campaign.IllustrativeFiguresDeclared;
import vn.thidua.ledger.events.campaign.RankedUnit;
import vn.thidua.ledger.events.campaign.RankingMethod;
import vn.thidua.ledger.events.campaign.RankingPublished;
import vn.thidua.ledger.events.campaign.RegistrationWindowSet;
import vn.thidua.ledger.events.campaign.ScoreAdjusted;
import vn.thidua.ledger.events.campaign.ScoreSelfAssessed;
import vn.thidua.ledger.events.campaign.ScorecardFinalised;
import vn.thidua.ledger.events.campaign.ScoringScheme;
import vn.thidua.ledger.events.cluster.ClusterEvent;
import vn.thidua.ledger.events.cluster.ClusterFormed;
import vn.thidua.ledger.events.cluster.LeadershipAppointed;
import vn.thidua.ledger.events.cluster.LeadershipHandedOver;
import vn.thidua.ledger.events.cluster.UnitAdmitted;
import vn.thidua.ledger.events.cluster.UnitWithdrawn;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.ClusterId;
import vn.thidua.ledger.events.common.CriterionId;
import vn.thidua.ledger.events.common.DecisionId;
import vn.thidua.ledger.events.common.RecordId;
import vn.thidua.ledger.events.common.ProposalId;
import vn.thidua.ledger.events.proposal.DossierDocument;
import vn.thidua.ledger.events.proposal.FormProposalApproved;
import vn.thidua.ledger.events.proposal.FormProposalSubmitted;
import vn.thidua.ledger.events.proposal.ProposalApproved;
import vn.thidua.ledger.events.proposal.ProposalEvent;
import vn.thidua.ledger.events.proposal.ProposalLevel;
import vn.thidua.ledger.events.proposal.ProposalRefused;
import vn.thidua.ledger.events.proposal.ProposalReturned;
import vn.thidua.ledger.events.proposal.ProposalSubmitted;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.RuleVersionBasis;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.common.UnitId;
import vn.thidua.ledger.events.common.UnitRef;
import vn.thidua.ledger.events.common.VoterId;
import vn.thidua.ledger.command.fixtures.Council2022;
import vn.thidua.ledger.events.council.CouncilEvent;
import vn.thidua.ledger.events.council.CouncilMember;
import vn.thidua.ledger.events.council.CouncilMemberAppointed;
import vn.thidua.ledger.events.council.CouncilMemberRelieved;
import vn.thidua.ledger.events.council.CouncilRole;
import vn.thidua.ledger.events.council.GrassrootsThresholdSet;
import vn.thidua.ledger.events.nomination.CandidateApprovals;
import vn.thidua.ledger.events.nomination.CouncilRosterTaken;
import vn.thidua.ledger.events.nomination.PaperTallyRecorded;
import vn.thidua.ledger.events.nomination.SealedWrittenVoteCounted;
import vn.thidua.ledger.events.nomination.SealedWrittenVoteReceived;
import vn.thidua.ledger.events.decision.AppointmentDecided;
import vn.thidua.ledger.events.decision.AwardRevoked;
import vn.thidua.ledger.events.decision.CommendationDecided;
import vn.thidua.ledger.events.decision.CommendationAuthority;
import vn.thidua.ledger.events.decision.CommendationForm;
import vn.thidua.ledger.events.decision.CommendationKind;
import vn.thidua.ledger.events.decision.FormOfCommendationDecided;
import vn.thidua.ledger.events.decision.FormOfCommendationRevoked;
import vn.thidua.ledger.events.decision.DecisionEvent;
import vn.thidua.ledger.events.decision.ProposalCap;
import vn.thidua.ledger.events.decision.Recipient;
import vn.thidua.ledger.events.decision.RevocationGround;
import vn.thidua.ledger.events.nomination.BallotCredentialReissued;
import vn.thidua.ledger.events.nomination.BallotCredentialsIssued;
import vn.thidua.ledger.events.nomination.BallotBoxOpened;
import vn.thidua.ledger.events.nomination.BallotKeyPublished;
import vn.thidua.ledger.events.nomination.BlindSignatureIssued;
import vn.thidua.ledger.events.nomination.BlindSignatureReissueGranted;
import vn.thidua.ledger.events.nomination.Candidate;
import vn.thidua.ledger.events.nomination.CandidateOutcome;
import vn.thidua.ledger.events.nomination.CandidateResult;
import vn.thidua.ledger.events.nomination.NominationEvent;
import vn.thidua.ledger.events.nomination.IllustrativeTalliesDeclared;
import vn.thidua.ledger.events.nomination.NominationRoundClosed;
import vn.thidua.ledger.events.nomination.NominationRoundOpened;
import vn.thidua.ledger.events.nomination.OpenBallotCast;
import vn.thidua.ledger.events.nomination.SecretBallotCast;
import vn.thidua.ledger.events.nomination.Voter;
import vn.thidua.ledger.events.nomination.VotingBody;
import vn.thidua.ledger.events.nomination.VotingRule;
import vn.thidua.ledger.events.nomination.WrittenVoteRecorded;
import vn.thidua.ledger.events.pledge.PledgeAmended;
import vn.thidua.ledger.events.pledge.PledgeEvent;
import vn.thidua.ledger.events.pledge.PledgeRegistered;
import vn.thidua.ledger.events.pledge.PledgeWithdrawn;
import vn.thidua.ledger.events.pledge.RegistrantKind;
import vn.thidua.ledger.events.record.DisciplineLevel;
import vn.thidua.ledger.events.record.DisciplineRecorded;
import vn.thidua.ledger.events.record.EmulationRecordEvent;
import vn.thidua.ledger.events.record.InitiativeRecognised;
import vn.thidua.ledger.events.record.RecognitionLevel;
import vn.thidua.ledger.events.record.StaffCountRecorded;
import vn.thidua.ledger.events.record.TaskCompletionGrade;
import vn.thidua.ledger.events.record.TaskCompletionGraded;
import vn.thidua.ledger.events.record.TitleConferred;

/**
 * Every event type, written and read back by Jackson 2 without annotations, Vietnamese text intact. The samples are
 * also the events whose stored JSON is pinned ({@link StoredEventJsonTest}): their values are written out here, not
 * taken from the demo year's facts (module cluster-iv-2022), so that the pinned contract changes only with the
 * contract, never with the demo.
 */
class EventJsonRoundTripTest {

    private static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final ClusterId CLUSTER = new ClusterId("btp-cum-iv");
    private static final String NAME = "Cụm thi đua số IV – khối các đơn vị thuộc Bộ Tư pháp";
    private static final CampaignId CAMPAIGN = CampaignId.of(CLUSTER, 2022);
    private static final LocalDate CONFERENCE = LocalDate.of(2022, 12, 9);
    private static final UnitRef HTQT = unit("vu-htqt", "Vụ Hợp tác quốc tế");
    private static final UnitRef THADS = unit("tc-thads", "Tổng cục Thi hành án dân sự");
    private static final UnitRef CVDCXDPL = unit("vu-cvdcxdpl",
            "Vụ Các vấn đề chung về xây dựng pháp luật");
    private static final UnitRef TDKT = unit("vu-tdkt", "Vụ Thi đua – Khen thưởng");
    private static final UnitRef MINH_HOA_A = unit("minh-hoa-a", "Vụ Minh họa A (đơn vị minh họa)");
    private static final List<UnitRef> UNITS = List.of(HTQT, THADS, CVDCXDPL, TDKT, MINH_HOA_A,
            unit("minh-hoa-b", "Cục Minh họa B (đơn vị minh họa)"));
    private static final Criterion DUTIES = criterion("tc-1", "Thực hiện nhiệm vụ chuyên môn (minh họa)",
            CriterionKind.SCORED, 60);
    private static final Criterion MOVEMENT = criterion("tc-2", "Tổ chức phong trào thi đua (minh họa)",
            CriterionKind.SCORED, 30);
    private static final Criterion BONUS = criterion("thuong", "Điểm thưởng (minh họa)", CriterionKind.BONUS, 5);
    private static final Criterion PENALTY = criterion("tru", "Điểm trừ (minh họa)", CriterionKind.PENALTY, 10);
    private static final RoundId FLAG_ROUND = new RoundId("btp-cum-iv-2022-co-thi-dua");
    private static final RoundId COUNCIL_ROUND = new RoundId("btp-hdtdkt-2022-cstd-co-so");
    private static final RegistrantId FIGHTER = new RegistrantId("cc-0042");
    private static final VotingRule FLAG_RULE = Rules.CATALOG.forYear(2022)
            .votingRuleFor(Title.SECTOR_EMULATION_FLAG, VotingBody.MEMBER_UNITS);

    private static final DecisionId TO_TRINH = DecisionId.of(2022, "01/TTr-CTĐIV");
    private static final ProposalId PROPOSAL = ProposalId.of(TO_TRINH);

    static Stream<Object> oneOfEachEvent() {
        RegistrantId enforcement = new RegistrantId(THADS.id().value());
        Recipient recipient = new Recipient(enforcement, THADS.name(), THADS);
        // Legacy decision ids (number only), as the pinned samples were stored before ids had a year: they must
        // still read. A yearly id is a string of the same shape (DecisionIdTest).
        DecisionId award = DecisionId.legacyOf("120/QĐ-BTP");
        List<CriterionScore> scores = List.of(score(DUTIES, "50"), score(MOVEMENT, "30"), score(BONUS, "0"),
                score(PENALTY, "0"));
        return Stream.of(
                new ClusterFormed(CLUSTER, NAME, 2022, UNITS),
                new UnitAdmitted(CLUSTER, NAME,
                        unit("minh-hoa-ngoai", "Viện Minh họa ngoài cụm (đơn vị minh họa)"), 2023),
                new UnitWithdrawn(CLUSTER, NAME, MINH_HOA_A, 2023, "Tổ chức lại"),
                new LeadershipAppointed(CLUSTER, NAME, 2023, HTQT, THADS, DecisionId.legacyOf("3456/QĐ-BTP"),
                        "3456/QĐ-BTP"),
                new LeadershipHandedOver(CLUSTER, NAME, 2023, CVDCXDPL, HTQT, CONFERENCE),
                Council2022.established(),
                new CouncilMemberAppointed(Council2022.COUNCIL_ID, new CouncilMember(new VoterId("hd-11"),
                        "Thành viên Hội đồng 11 (minh họa)", TDKT, CouncilRole.MEMBER), "40/QĐ-BTP",
                        LocalDate.of(2022, 3, 1)),
                new CouncilMemberRelieved(Council2022.COUNCIL_ID, Council2022.MEMBERS.get(9), "41/QĐ-BTP",
                        LocalDate.of(2022, 6, 1)),
                new GrassrootsThresholdSet(Council2022.COUNCIL_ID, new BigDecimal("0.75"), "2/QĐ-HĐTĐKT",
                        LocalDate.of(2024, 1, 15)),
                new CouncilRosterTaken(COUNCIL_ROUND, Council2022.COUNCIL_ID, Council2022.NAME,
                        LocalDate.of(2024, 12, 10), 10, new BigDecimal("0.75"), "2/QĐ-HĐTĐKT"),
                new CampaignLaunched(CAMPAIGN, CLUSTER, NAME, 2022,
                        "Phong trào thi đua năm 2022 của Cụm thi đua số IV",
                        new ScoringScheme(List.of(DUTIES, MOVEMENT, BONUS, PENALTY)), UNITS, "btp-thidua", 1,
                        LocalDate.of(2022, 2, 15)),
                new RuleVersionChosen(CAMPAIGN, 2022, "btp-thidua", 1, RuleVersionBasis.DOSSIER_RECEIVED,
                        LocalDate.of(2021, 12, 20), "Hồ sơ tiếp nhận trước khi văn bản mới có hiệu lực (minh họa)"),
                windowSet(),
                new CovenantSigned(CAMPAIGN, 2022, HTQT, CONFERENCE),
                new ScoreSelfAssessed(CAMPAIGN, 2022, HTQT, DUTIES.criterionId(), DUTIES.name(),
                        new BigDecimal("55.50"), DUTIES.maxPoints()),
                new ScoreAdjusted(CAMPAIGN, 2022, HTQT, DUTIES.criterionId(), DUTIES.name(), new BigDecimal("55.50"),
                        new BigDecimal("50"), "Thiếu minh chứng"),
                new ScorecardFinalised(CAMPAIGN, 2022, HTQT, scores, new BigDecimal("80")),
                new RankingPublished(CAMPAIGN, CLUSTER, 2022, List.of(new RankedUnit(1, HTQT, new BigDecimal("80"),
                        scores)), RankingMethod.STANDARD_COMPETITION,
                        Rules.CATALOG.forYear(2022).reference(RuleCode.RANKING)),
                new YearEndConferenceHeld(CAMPAIGN, 2022, CONFERENCE, "Thứ trưởng Bộ Tư pháp"),
                new DraftSummaryPresented(CAMPAIGN, 2022, "Phó Vụ trưởng Vụ Hợp tác quốc tế",
                        "Dự thảo Báo cáo tổng kết năm 2022", CONFERENCE),
                new SummaryCommentRecorded(CAMPAIGN, 2022, 1, THADS, "Đề nghị bổ sung số liệu (minh họa)",
                        CONFERENCE),
                new IllustrativeFiguresDeclared(CAMPAIGN, 2022,
                        List.of(IllustrativeFigure.SCORES, IllustrativeFigure.RANKING), "Bảng điểm minh họa"),
                new EmulationRecordsRequired(CAMPAIGN, 2022, "Bộ yêu cầu hồ sơ thi đua (minh họa)"),
                new CampaignClosed(CAMPAIGN, 2022, "Báo cáo tổng kết năm 2022", CONFERENCE),
                new PledgeRegistered(CAMPAIGN, 2022, new RegistrantId("cc-1"), "Trần Văn Minh Họa",
                        RegistrantKind.INDIVIDUAL, HTQT, null, List.of(Title.ADVANCED_WORKER),
                        LocalDate.of(2022, 3, 1)),
                new PledgeAmended(CAMPAIGN, 2022, enforcement, THADS.name(), 120,
                        List.of(Title.SECTOR_EMULATION_FLAG), LocalDate.of(2022, 3, 2)),
                new PledgeWithdrawn(CAMPAIGN, 2022, enforcement, THADS.name(), "Rút đăng ký",
                        LocalDate.of(2022, 3, 3)),
                new NominationRoundOpened(COUNCIL_ROUND, CAMPAIGN, 2022, Title.GRASSROOTS_EMULATION_FIGHTER,
                        List.of(new Candidate(FIGHTER, "Nguyễn Thị Minh Họa (cá nhân minh họa)", HTQT,
                                List.of(Title.ADVANCED_WORKER, Title.GRASSROOTS_EMULATION_FIGHTER))),
                        IntStream.rangeClosed(1, 10).mapToObj(i -> new Voter(new VoterId("hd-" + i),
                                "Thành viên Hội đồng " + i + " (minh họa)", TDKT)).toList(),
                        Rules.CATALOG.forYear(2022).votingRuleFor(Title.GRASSROOTS_EMULATION_FIGHTER,
                                VotingBody.COUNCIL),
                        Rules.CATALOG.forYear(2022).reference(RuleCode.R1), true, CONFERENCE),
                new BallotCredentialsIssued(COUNCIL_ROUND, List.of(HASH)),
                new BallotCredentialReissued(COUNCIL_ROUND, new VoterId("hd-3"), HASH, HASH),
                new BallotKeyPublished(COUNCIL_ROUND, "RSABSSA-SHA384-PSS-Deterministic", "AQAB", "AQAB"),
                new BlindSignatureIssued(COUNCIL_ROUND, new VoterId("hd-3"), HASH),
                new BlindSignatureReissueGranted(COUNCIL_ROUND, new VoterId("hd-3")),
                new BallotBoxOpened(COUNCIL_ROUND, 7, CONFERENCE),
                new OpenBallotCast(FLAG_ROUND, new VoterId("vu-htqt"), HTQT.name(), List.of(enforcement), CONFERENCE),
                new WrittenVoteRecorded(FLAG_ROUND, new VoterId("vu-htqt"), HTQT.name(), List.of(), CONFERENCE),
                new SecretBallotCast(COUNCIL_ROUND, HASH, List.of(FIGHTER)),
                new SealedWrittenVoteReceived(COUNCIL_ROUND, new VoterId("hd-9"), CONFERENCE),
                new SealedWrittenVoteCounted(COUNCIL_ROUND, HASH, List.of(FIGHTER)),
                new PaperTallyRecorded(COUNCIL_ROUND, List.of("Trưởng ban kiểm phiếu (minh họa)"), 10, 9, 8, 1,
                        List.of(new CandidateApprovals(FIGHTER, 8)), CONFERENCE),
                new IllustrativeTalliesDeclared(FLAG_ROUND, CAMPAIGN, "Số phiếu minh họa"),
                new NominationRoundClosed(FLAG_ROUND, CAMPAIGN, 2022, Title.SECTOR_EMULATION_FLAG, FLAG_RULE, 6, 6,
                        true, List.of(new CandidateResult(enforcement, THADS.name(), THADS, 5, 6, 4,
                        CandidateOutcome.ELECTED)), false, CONFERENCE),
                new CommendationDecided(award, "120/QĐ-BTP", CONFERENCE, "Thứ trưởng (minh họa)",
                        CommendationKind.PROPOSAL, Title.GOVERNMENT_EMULATION_FLAG, 2022, FLAG_ROUND,
                        FLAG_RULE.rule(), List.of(recipient),
                        new ProposalCap(Rules.CATALOG.forYear(2022).reference(RuleCode.R6), 10, 2)),
                new FormOfCommendationDecided(DecisionId.of(2023, "215/QĐ-BTP"), "215/QĐ-BTP",
                        LocalDate.of(2023, 2, 1), "Bộ trưởng (minh họa)", CommendationAuthority.MINISTER,
                        CommendationKind.AWARD, CommendationForm.MINISTER_CERTIFICATE_OF_MERIT, 2022,
                        "Thành tích xuất sắc (minh họa)", CAMPAIGN, List.of(recipient),
                        Rules.CATALOG.forYear(2022).reference(RuleCode.FORM_COMPETENCE)),
                new AppointmentDecided(DecisionId.legacyOf("3456/QĐ-BTP"), "3456/QĐ-BTP", CONFERENCE,
                        "Thứ trưởng (minh họa)", CLUSTER, NAME, 2023, HTQT, CVDCXDPL,
                        Rules.CATALOG.forYear(2023).reference(RuleCode.R11)),
                new AwardRevoked(award, "120/QĐ-BTP", Title.SECTOR_EMULATION_FLAG, recipient, "88/QĐ-BTP",
                        LocalDate.of(2023, 6, 1), RevocationGround.FALSE_DECLARATION, "Kê khai sai",
                        Rules.CATALOG.forYear(2022).reference(RuleCode.R10)),
                new FormOfCommendationRevoked(DecisionId.of(2023, "MH-215/QĐ-BTP"), "MH-215/QĐ-BTP",
                        CommendationForm.MINISTER_CERTIFICATE_OF_MERIT, recipient, "MH-89/QĐ-BTP",
                        LocalDate.of(2023, 6, 1), RevocationGround.FALSE_DECLARATION, "Khai man thành tích (minh họa)",
                        Rules.CATALOG.forYear(2022).reference(RuleCode.R10)),
                new StaffCountRecorded(UNIT_RECORD, enforcement, 2024, 40, 30, 4, 39, DisciplineLevel.REPRIMAND),
                new DisciplineRecorded(PERSON_RECORD, PERSON, 2024, DisciplineLevel.WARNING, "7/QĐ-KL (minh họa)"),
                new InitiativeRecognised(PERSON_RECORD, PERSON, 2024, "Số hóa hồ sơ thi hành án (minh họa)",
                        RecognitionLevel.MINISTRY),
                new TaskCompletionGraded(PERSON_RECORD, PERSON, 2024, TaskCompletionGrade.EXCELLENT),
                new TitleConferred(PERSON_RECORD, PERSON, 2024, Title.ADVANCED_WORKER, "15/QĐ-TCTHADS (minh họa)"),
                new ProposalSubmitted(PROPOSAL, TO_TRINH, "01/TTr-CTĐIV", Title.SECTOR_EMULATION_FLAG, 2022,
                        List.of(recipient), ProposalLevel.MINISTRY, LocalDate.of(2022, 12, 15), List.of(
                        new DossierDocument(DossierDocument.Kind.SUBMISSION, "01/TTr-CTĐIV"),
                        new DossierDocument(DossierDocument.Kind.ACHIEVEMENT_REPORT, "Báo cáo thành tích (minh họa)"),
                        new DossierDocument(DossierDocument.Kind.DELIBERATION_MINUTES, "Biên bản bình xét (minh họa)")),
                        Rules.CATALOG.forYear(2022).reference(RuleCode.PROPOSAL_ROUTE)),
                new ProposalReturned(PROPOSAL, TO_TRINH, List.of(recipient), ProposalLevel.MINISTRY,
                        LocalDate.of(2022, 12, 20), "Thiếu xác nhận trên báo cáo thành tích"),
                new ProposalApproved(PROPOSAL, TO_TRINH, "01/TTr-CTĐIV", Title.SECTOR_EMULATION_FLAG, 2022,
                        List.of(recipient), ProposalLevel.MINISTRY, DecisionId.of(2023, "3456/QĐ-BTP"), "3456/QĐ-BTP",
                        LocalDate.of(2023, 1, 10), List.of(recipient)),
                new ProposalRefused(PROPOSAL, TO_TRINH, List.of(recipient), ProposalLevel.CENTRAL_BOARD,
                        LocalDate.of(2023, 2, 1), "Không đủ tiêu chuẩn"),
                new FormProposalSubmitted(PROPOSAL, TO_TRINH, "01/TTr-CTĐIV",
                        CommendationForm.LABOUR_ORDER_THIRD_CLASS, 2022, List.of(recipient), ProposalLevel.CENTRAL_BOARD,
                        LocalDate.of(2023, 1, 5), List.of(
                        new DossierDocument(DossierDocument.Kind.SUBMISSION, "01/TTr-CTĐIV"),
                        new DossierDocument(DossierDocument.Kind.ACHIEVEMENT_REPORT, "Báo cáo thành tích (minh họa)"),
                        new DossierDocument(DossierDocument.Kind.DELIBERATION_MINUTES, "Biên bản bình xét (minh họa)")),
                        Rules.CATALOG.forYear(2022).reference(RuleCode.PROPOSAL_ROUTE)),
                new FormProposalApproved(PROPOSAL, TO_TRINH, "01/TTr-CTĐIV",
                        CommendationForm.LABOUR_ORDER_THIRD_CLASS, 2022, List.of(recipient), ProposalLevel.CENTRAL_BOARD,
                        DecisionId.of(2023, "MH-40/QĐ-CTN"), "MH-40/QĐ-CTN", LocalDate.of(2023, 4, 20),
                        List.of(recipient)));
    }

    private static final RecordId UNIT_RECORD = RecordId.of(new RegistrantId(THADS.id().value()), 2024);
    private static final RegistrantId PERSON = new RegistrantId("cc-thads-1");
    private static final RecordId PERSON_RECORD = RecordId.of(PERSON, 2024);

    private static RegistrationWindowSet windowSet() {
        return new RegistrationWindowSet(CAMPAIGN, 2022, LocalDate.of(2022, 2, 15), LocalDate.of(2022, 3, 31));
    }

    private static UnitRef unit(String id, String name) {
        return new UnitRef(new UnitId(id), name);
    }

    private static Criterion criterion(String id, String name, CriterionKind kind, int maxPoints) {
        return new Criterion(new CriterionId(id), name, kind, BigDecimal.valueOf(maxPoints));
    }

    private static CriterionScore score(Criterion criterion, String points) {
        return new CriterionScore(criterion.criterionId(), criterion.name(), criterion.kind(), new BigDecimal(points));
    }

    @ParameterizedTest
    @MethodSource("oneOfEachEvent")
    void anEventSurvivesJacksonUnchanged(Object event) {
        assertThat(Json.read(Json.write(event), event.getClass())).isEqualTo(event);
    }

    /**
     * Through the store's serializer as the store keeps an event, JSON text, and back: the same event as Axon's own
     * path for bytes gives, which the serializer takes for anything that is not stored text.
     */
    @ParameterizedTest
    @MethodSource("oneOfEachEvent")
    void anEventStoredAsTextReadsBackAsItsBytesDo(Object event) {
        Serializer serializer = EventJson.serializer();
        SerializedObject<String> text = serializer.serialize(event, String.class);
        SerializedObject<byte[]> bytes = serializer.serialize(event, byte[].class);

        Object fromText = serializer.deserialize(text);

        assertThat(fromText).isEqualTo(event).isEqualTo(serializer.deserialize(bytes));
        assertThat(serializer.<String, Object>deserialize(text)).as("read again, its type and reader remembered")
                                                              .isEqualTo(event);
    }

    @Test
    void metadataStoredAsTextReadsBack() {
        Serializer serializer = EventJson.serializer();
        MetaData metaData = MetaData.with("principal", "chu-tich").and("reason", "Biên bản họp ngày 15/12")
                                    .and("roles", List.of("CLUSTER_SECRETARY", "COUNCIL_MEMBER")).and("unitId", null)
                                    .and("attempt", 2).and("client", Map.of("name", "wrk", "version", 4));

        MetaData read = serializer.deserialize(serializer.serialize(metaData, String.class));

        assertThat(read).isEqualTo(metaData)
                        .isEqualTo(serializer.deserialize(serializer.serialize(metaData, byte[].class)));
    }

    @Test
    void storedTextThatIsNotTheEventFailsAsAxonsSerializerFails() {
        Serializer serializer = EventJson.serializer();
        String type = RegistrationWindowSet.class.getName();

        for (String text : List.of("{", "{\"year\":\"twenty\"}")) {
            SerializedObject<String> stored = new SimpleSerializedObject<>(text, String.class, type, "1");
            assertThatThrownBy(() -> serializer.deserialize(stored)).as(text)
                    .isInstanceOf(SerializationException.class).hasMessage("Error while deserializing object");
        }
    }

    @Test
    void anEmptyTypeIsNothingAndAnUpcastersTreeIsReadAsBefore() throws Exception {
        Serializer serializer = EventJson.serializer();
        String text = serializer.serialize(windowSet(), String.class).getData();
        SerializedObject<JsonNode> tree = new SimpleSerializedObject<>(Json.MAPPER.readTree(text), JsonNode.class,
                                                                       serializer.typeForClass(RegistrationWindowSet.class));

        assertThat(serializer.<String, Object>deserialize(new SimpleSerializedObject<>("", String.class,
                                                                                      SerializedType.emptyType())))
                .isNull();
        assertThat(serializer.<JsonNode, Object>deserialize(tree)).isEqualTo(windowSet());
    }

    @Test
    void aTypeThisJvmDoesNotKnowStaysUnknown() {
        Serializer serializer = EventJson.serializer();
        SerializedObject<String> stored = new SimpleSerializedObject<>("{\"a\":1}", String.class,
                                                                       "vn.thidua.ledger.events.Gone", "1");

        assertThat(serializer.classForType(stored.getType())).isEqualTo(UnknownSerializedType.class);
        assertThat(serializer.<String, Object>deserialize(stored)).isInstanceOf(UnknownSerializedType.class);
    }

    @Test
    void theSamplesCoverEveryEventTypeAndEachIsRevisioned() {
        Set<Class<?>> declared = Stream.of(ClusterEvent.class, CampaignEvent.class, PledgeEvent.class,
                        CouncilEvent.class, NominationEvent.class, DecisionEvent.class, EmulationRecordEvent.class,
                        ProposalEvent.class)
                .flatMap(EventJsonRoundTripTest::eventTypes).collect(Collectors.toSet());
        assertThat(oneOfEachEvent().map(Object::getClass).collect(Collectors.toSet())).isEqualTo(declared);
        assertThat(declared).allSatisfy(type -> assertThat(type.getAnnotation(Revision.class)).isNotNull());
    }

    /** The records a sealed interface permits, through the sealed interfaces it permits (ProposalSubmission, …). */
    private static Stream<Class<?>> eventTypes(Class<?> sealed) {
        return Arrays.stream(sealed.getPermittedSubclasses())
                .flatMap(type -> type.isSealed() ? eventTypes(type) : Stream.of(type));
    }

    @Test
    void idsAndDatesHaveAPlainJsonShape() {
        assertThat(Json.write(windowSet())).isEqualTo(
                "{\"campaignId\":\"btp-cum-iv-2022\",\"year\":2022,"
                        + "\"opensOn\":\"2022-02-15\",\"closesOn\":\"2022-03-31\"}");
    }
}
