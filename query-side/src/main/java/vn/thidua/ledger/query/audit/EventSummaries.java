package vn.thidua.ledger.query.audit;

import vn.thidua.ledger.events.campaign.CampaignClosed;
import vn.thidua.ledger.events.campaign.CampaignLaunched;
import vn.thidua.ledger.events.campaign.CovenantSigned;
import vn.thidua.ledger.events.campaign.RankingPublished;
import vn.thidua.ledger.events.campaign.RegistrationWindowSet;
import vn.thidua.ledger.events.campaign.ScoreAdjusted;
import vn.thidua.ledger.events.campaign.ScoreSelfAssessed;
import vn.thidua.ledger.events.campaign.ScorecardFinalised;
import vn.thidua.ledger.events.cluster.ClusterFormed;
import vn.thidua.ledger.events.cluster.LeadershipAppointed;
import vn.thidua.ledger.events.cluster.UnitAdmitted;
import vn.thidua.ledger.events.cluster.UnitWithdrawn;
import vn.thidua.ledger.events.decision.AppointmentDecided;
import vn.thidua.ledger.events.decision.AwardRevoked;
import vn.thidua.ledger.events.decision.CommendationDecided;
import vn.thidua.ledger.events.decision.CommendationKind;
import vn.thidua.ledger.events.decision.FormOfCommendationDecided;
import vn.thidua.ledger.events.decision.FormOfCommendationRevoked;
import vn.thidua.ledger.events.decision.Recipient;
import vn.thidua.ledger.events.nomination.BallotCredentialsIssued;
import vn.thidua.ledger.events.council.CouncilEstablished;
import vn.thidua.ledger.events.council.CouncilMemberAppointed;
import vn.thidua.ledger.events.council.CouncilMemberRelieved;
import vn.thidua.ledger.events.council.GrassrootsThresholdSet;
import vn.thidua.ledger.events.nomination.BallotKeyPublished;
import vn.thidua.ledger.events.nomination.CouncilRosterTaken;
import vn.thidua.ledger.events.nomination.PaperTallyRecorded;
import vn.thidua.ledger.events.nomination.SealedWrittenVoteCounted;
import vn.thidua.ledger.events.nomination.SealedWrittenVoteReceived;
import vn.thidua.ledger.events.nomination.BlindSignatureIssued;
import vn.thidua.ledger.events.nomination.BlindSignatureReissueGranted;
import vn.thidua.ledger.events.nomination.CandidateOutcome;
import vn.thidua.ledger.events.nomination.NominationRoundClosed;
import vn.thidua.ledger.events.nomination.NominationRoundOpened;
import vn.thidua.ledger.events.nomination.OpenBallotCast;
import vn.thidua.ledger.events.nomination.SecretBallotCast;
import vn.thidua.ledger.events.nomination.WrittenVoteRecorded;
import vn.thidua.ledger.events.pledge.PledgeAmended;
import vn.thidua.ledger.events.pledge.PledgeRegistered;
import vn.thidua.ledger.events.pledge.PledgeWithdrawn;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One Vietnamese line per event for the audit history, the way the secretariat would write it in minutes. An
 * event type without a line here (a future one, a non-domain event) still gets a generic line, so the history
 * never has a hole.
 */
final class EventSummaries {

    private static final Map<Class<?>, Function<Object, String>> LINES = new HashMap<>();

    static {
        line(ClusterFormed.class, e -> "Thành lập " + e.name() + " từ năm " + e.firstYear() + " với "
                + e.units().size() + " đơn vị");
        line(UnitAdmitted.class, e -> "Bổ sung " + e.unit().name() + " làm đơn vị thành viên của " + e.clusterName()
                + " từ năm " + e.year());
        line(UnitWithdrawn.class, e -> e.unit().name() + " rút khỏi " + e.clusterName() + " từ năm " + e.year()
                + ": " + e.reason());
        line(LeadershipAppointed.class, e -> "Trưởng Cụm năm " + e.year() + ": " + e.head().name() + "; Phó Trưởng Cụm: "
                + e.deputyHead().name() + " (" + e.decisionNumber() + ")");
        line(CouncilEstablished.class, e -> "Thành lập " + e.name() + " (" + e.decisionNumber() + ", ngày "
                + e.establishedOn() + ") với " + e.members().size() + " thành viên");
        line(CouncilMemberAppointed.class, e -> "Bổ sung " + e.member().name() + " làm thành viên Hội đồng từ ngày "
                + e.appointedOn() + " (" + e.decisionNumber() + ")");
        line(CouncilMemberRelieved.class, e -> e.member().name() + " thôi làm thành viên Hội đồng từ ngày "
                + e.relievedOn() + " (" + e.decisionNumber() + ")");
        line(GrassrootsThresholdSet.class, e -> "Hội đồng quyết định tỷ lệ phiếu Chiến sĩ thi đua cơ sở "
                + e.thresholdRatio().movePointRight(2).stripTrailingZeros().toPlainString() + "% tổng số thành viên từ ngày "
                + e.effectiveFrom() + " (" + e.decisionNumber() + ")");
        line(CampaignLaunched.class, e -> "Phát động " + e.name() + " (bộ quy định " + e.ruleSetId() + " v"
                + e.ruleSetVersion() + ")");
        line(RegistrationWindowSet.class, e -> "Thời hạn đăng ký thi đua năm " + e.year() + ": " + e.opensOn() + " – "
                + e.closesOn());
        line(CovenantSigned.class, e -> e.unit().name() + " ký giao ước thi đua năm " + e.year());
        line(ScoreSelfAssessed.class, e -> e.unit().name() + " tự chấm " + e.points() + "/" + e.maxPoints() + " điểm tiêu chí "
                + e.criterionName());
        line(ScoreAdjusted.class, e -> "Thẩm định điểm của " + e.unit().name() + ", tiêu chí " + e.criterionName() + ": "
                + e.previousPoints() + " → " + e.points() + " (" + e.reason() + ")");
        line(ScorecardFinalised.class, e -> "Chốt bảng điểm của " + e.unit().name() + ": " + e.total() + " điểm");
        line(RankingPublished.class, e -> "Công bố xếp hạng năm " + e.year() + ": dẫn đầu " + e.ranking().stream()
                .filter(r -> r.rank() == 1).map(r -> r.unit().name()).collect(Collectors.joining(", ")));
        line(CampaignClosed.class, e -> "Tổng kết phong trào thi đua năm " + e.year());
        line(PledgeRegistered.class, e -> e.registrantName() + " đăng ký thi đua năm " + e.year() + ": " + titles(e.titles()));
        line(PledgeAmended.class, e -> e.registrantName() + " điều chỉnh đăng ký thi đua: " + titles(e.titles()));
        line(PledgeWithdrawn.class, e -> e.registrantName() + " rút đăng ký thi đua: " + e.reason());
        line(NominationRoundOpened.class, e -> "Mở đợt bình xét " + e.title().vietnameseName() + " năm " + e.year()
                + " (" + e.candidates().size() + " ứng viên, " + e.rule().ballot() + ")");
        line(BallotCredentialsIssued.class, e -> "Phát " + e.credentialHashes().size() + " phiếu bầu kín đợt " + e.roundId());
        line(CouncilRosterTaken.class, e -> "Đợt " + e.roundId() + " bình xét với " + e.totalMembership()
                + " thành viên " + e.councilName() + " ngày " + e.asOf());
        line(BallotKeyPublished.class, e -> "Công bố khóa công khai bỏ phiếu kín đợt " + e.roundId());
        // Who got a signature is public, as a signing sheet is; what was signed is not in the event.
        line(BlindSignatureIssued.class, e -> "Ký mù phiếu bầu kín đợt " + e.roundId() + " cho " + e.voterId());
        line(BlindSignatureReissueGranted.class, e -> "Cho phép " + e.voterId() + " xin ký lại phiếu bầu kín đợt "
                + e.roundId());
        line(OpenBallotCast.class, e -> e.voterName() + " biểu quyết đợt " + e.roundId() + ": đồng ý "
                + e.approved().size() + " ứng viên");
        line(WrittenVoteRecorded.class, e -> "Ghi nhận phiếu bằng văn bản của " + e.voterName() + " đợt " + e.roundId());
        // Nothing about the voter, on purpose: see docs/secret-ballot.md.
        line(SecretBallotCast.class, e -> "Một phiếu bầu kín đợt " + e.roundId());
        line(SealedWrittenVoteReceived.class, e -> "Nhận phiếu bầu kín bằng văn bản (niêm phong) của " + e.voterId()
                + " đợt " + e.roundId());
        // Like a secret ballot: nothing about its sender.
        line(SealedWrittenVoteCounted.class, e -> "Mở một phiếu bầu kín bằng văn bản đợt " + e.roundId());
        line(PaperTallyRecorded.class, e -> "Biên bản kiểm phiếu đợt " + e.roundId() + ": phát ra " + e.ballotsIssued()
                + ", thu về " + e.ballotsReturned() + ", hợp lệ " + e.ballotsValid() + ", không hợp lệ "
                + e.ballotsInvalid());
        line(NominationRoundClosed.class, e -> "Kết thúc bình xét " + e.title().vietnameseName() + " năm " + e.year()
                + ": đạt tỷ lệ phiếu " + e.results().stream().filter(r -> r.outcome() == CandidateOutcome.ELECTED)
                                      .map(r -> r.name()).collect(Collectors.joining(", ")));
        line(CommendationDecided.class, e -> (e.kind() == CommendationKind.AWARD ? "Quyết định tặng " : "Tờ trình đề nghị ")
                + e.title().vietnameseName() + " cho " + recipients(e.recipients()) + " (" + e.decisionNumber() + ")");
        line(FormOfCommendationDecided.class, e -> (e.kind() == CommendationKind.AWARD ? "Quyết định tặng "
                : "Tờ trình đề nghị ") + e.form().vietnameseName() + " cho " + recipients(e.recipients()) + " ("
                + e.decisionNumber() + ", " + e.issuer().vietnameseName() + ")");
        line(AppointmentDecided.class, e -> "Quyết định " + e.decisionNumber() + " cử Trưởng Cụm năm " + e.year()
                + ": " + e.head().name() + ", Phó Trưởng Cụm: " + e.deputyHead().name());
        line(AwardRevoked.class, e -> "Thu hồi " + e.title().vietnameseName() + " của " + e.recipient().name()
                + " (quyết định " + e.decisionNumber() + ") theo " + e.revocationDecisionNumber() + ": " + e.reason());
        line(FormOfCommendationRevoked.class, e -> "Thu hồi " + e.form().vietnameseName() + " của "
                + e.recipient().name() + " (quyết định " + e.decisionNumber() + ") theo "
                + e.revocationDecisionNumber() + ": " + e.reason());
    }

    private EventSummaries() {
    }

    static String of(Object payload, String type, String aggregateType, String aggregateId) {
        Function<Object, String> line = LINES.get(payload.getClass());
        if (line != null) {
            return line.apply(payload);
        }
        return aggregateId == null ? type : type + " (" + aggregateType + " " + aggregateId + ")";
    }

    @SuppressWarnings("unchecked")
    private static <T> void line(Class<T> type, Function<T, String> line) {
        LINES.put(type, payload -> line.apply((T) payload));
    }

    private static String titles(List<vn.thidua.ledger.events.common.Title> titles) {
        return titles.stream().map(vn.thidua.ledger.events.common.Title::vietnameseName).collect(Collectors.joining(", "));
    }

    private static String recipients(List<Recipient> recipients) {
        return recipients.stream().map(Recipient::name).collect(Collectors.joining(", "));
    }
}
