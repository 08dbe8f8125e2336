package vn.thidua.ledger.query.nomination;

import org.junit.jupiter.api.Test;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.events.common.RuleReference;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.common.VoterId;
import vn.thidua.ledger.events.nomination.BallotCredentialsIssued;
import vn.thidua.ledger.events.nomination.BallotBoxOpened;
import vn.thidua.ledger.events.nomination.BallotKeyPublished;
import vn.thidua.ledger.events.nomination.BlindSignatureIssued;
import vn.thidua.ledger.events.nomination.BlindSignatureReissueGranted;
import vn.thidua.ledger.events.nomination.BallotKind;
import vn.thidua.ledger.events.nomination.Candidate;
import vn.thidua.ledger.events.nomination.CandidateOutcome;
import vn.thidua.ledger.events.nomination.CandidateResult;
import vn.thidua.ledger.events.nomination.Comparison;
import vn.thidua.ledger.events.nomination.NominationEvent;
import vn.thidua.ledger.events.nomination.NominationRoundClosed;
import vn.thidua.ledger.events.nomination.NominationRoundOpened;
import vn.thidua.ledger.events.nomination.OpenBallotCast;
import vn.thidua.ledger.events.nomination.SealedWrittenVoteCounted;
import vn.thidua.ledger.events.nomination.SealedWrittenVoteReceived;
import vn.thidua.ledger.events.nomination.SecretBallotCast;
import vn.thidua.ledger.events.nomination.ThresholdBase;
import vn.thidua.ledger.events.nomination.Voter;
import vn.thidua.ledger.events.nomination.VotingBody;
import vn.thidua.ledger.events.nomination.VotingRule;
import vn.thidua.ledger.query.view.ViewJson;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CAMPAIGN;
import static vn.thidua.ledger.fixtures.ClusterIv2022.HTQT;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CVDCXDPL;
import static vn.thidua.ledger.fixtures.ClusterIv2022.THADS;
import static vn.thidua.ledger.query.fixtures.ClusterIv.facts;

class RoundFoldTest {

    private static final RoundId ROUND = new RoundId("btp-cum-iv-2022-co");
    private static final RuleReference R7 = new RuleReference("btp-thidua", 1, "R7", "Nghị định 91/2017/NĐ-CP, Điều 45 khoản 8");
    /** R7: at least 90% of the council's total membership, secret ballot. */
    private static final VotingRule SECRET_90 = new VotingRule(R7, VotingBody.COUNCIL, BallotKind.SECRET,
            new BigDecimal("0.90"), Comparison.AT_LEAST, ThresholdBase.TOTAL_MEMBERSHIP, RoundingMode.CEILING,
            BigDecimal.ZERO, null, true);
    private static final Candidate THADS_CANDIDATE = new Candidate(THADS.registrantId(), THADS.name(), THADS.unit(),
                                                                   List.of(Title.SECTOR_EMULATION_FLAG));
    private static final Candidate PLCHUNG_CANDIDATE = new Candidate(CVDCXDPL.registrantId(), CVDCXDPL.name(),
                                                                     CVDCXDPL.unit(), List.of(Title.SECTOR_EMULATION_FLAG));
    /** Ten council members, hd-01 .. hd-10: illustrative. */
    private static final List<Voter> COUNCIL = IntStream.rangeClosed(1, 10)
            .mapToObj(i -> new Voter(new VoterId("hd-%02d".formatted(i)), "Thành viên Hội đồng %d (minh họa)".formatted(i), HTQT.unit()))
            .toList();

    private long position;

    private RoundView fold(RoundView state, NominationEvent... events) {
        for (NominationEvent event : events) {
            state = RoundFold.apply(state, event, facts(++position, "anonymous-ballot"));
        }
        return state;
    }

    private static NominationRoundOpened opened(VotingRule rule) {
        return new NominationRoundOpened(ROUND, CAMPAIGN, 2022, Title.SECTOR_EMULATION_FLAG,
                                         List.of(THADS_CANDIDATE, PLCHUNG_CANDIDATE), COUNCIL, rule,
                                         new RuleReference("btp-thidua", 1, "R1", "Luật 06/2022/QH15"), true,
                                         LocalDate.of(2022, 12, 9));
    }

    private static SecretBallotCast secret(String receipt, Candidate... approved) {
        return new SecretBallotCast(ROUND, receipt, List.of(approved).stream().map(Candidate::registrantId).toList());
    }

    private static NominationRoundClosed closed(int ballots) {
        return new NominationRoundClosed(ROUND, CAMPAIGN, 2022, Title.SECTOR_EMULATION_FLAG, SECRET_90, 10, ballots, true,
                List.of(new CandidateResult(THADS_CANDIDATE.registrantId(), THADS.name(), THADS.unit(), 9, 10, 9,
                                            CandidateOutcome.ELECTED),
                        new CandidateResult(PLCHUNG_CANDIDATE.registrantId(), CVDCXDPL.name(), CVDCXDPL.unit(), 8, 10, 9,
                                            CandidateOutcome.BELOW_THRESHOLD)),
                false, LocalDate.of(2022, 12, 9));
    }

    @Test
    void anOpenSecretRoundShowsTheCountOfBallotsOnlyAndNeverAVoter() {
        RoundView view = fold(null, opened(SECRET_90), new BallotCredentialsIssued(ROUND, List.of("h1", "h2")),
                              secret("rc-b", THADS_CANDIDATE), secret("rc-a", THADS_CANDIDATE, PLCHUNG_CANDIDATE));

        RoundView visible = view.visible();
        assertThat(visible.status()).isEqualTo(RoundView.Status.OPEN);
        assertThat(visible.ballotsReceived()).isEqualTo(2);
        assertThat(visible.totalMembership()).isEqualTo(10);
        assertThat(visible.result()).isNull();
        assertThat(visible.ballotReceipts()).isNull();
        String json = ViewJson.mapper().writeValueAsString(visible);
        assertThat(json).doesNotContain("rc-a", "rc-b", "approvals", "hd-0");
        assertThat(ViewJson.mapper().writeValueAsString(view)).doesNotContain("hd-0");
    }

    @Test
    void aClosedSecretRoundShowsTalliesAgainstTheRequiredVotesAndTheSortedReceipts() {
        RoundView view = fold(null, opened(SECRET_90), secret("rc-b", THADS_CANDIDATE),
                              secret("rc-a", THADS_CANDIDATE, PLCHUNG_CANDIDATE), closed(10)).visible();

        assertThat(view.status()).isEqualTo(RoundView.Status.CLOSED);
        assertThat(view.ballotReceipts()).containsExactly("rc-a", "rc-b");
        assertThat(view.result().base()).isEqualTo(ThresholdBase.TOTAL_MEMBERSHIP);
        assertThat(view.result().baseCount()).isEqualTo(10);
        assertThat(view.result().requiredVotes()).isEqualTo(9);
        assertThat(view.result().tallies())
                .extracting(RoundView.Tally::name, RoundView.Tally::approvals, RoundView.Tally::passed,
                            RoundView.Tally::outcome)
                .containsExactly(tuple(THADS.name(), 9, true, CandidateOutcome.ELECTED),
                                 tuple(CVDCXDPL.name(), 8, false,
                                       CandidateOutcome.BELOW_THRESHOLD));
        assertThat(view.result().winners()).extracting(RoundView.CandidateRef::registrantId).containsExactly(THADS.id());
        assertThat(view.rule().rule().legalSource()).isEqualTo("Nghị định 91/2017/NĐ-CP, Điều 45 khoản 8");
        assertThat(ViewJson.mapper().writeValueAsString(view)).doesNotContain("hd-0");
    }

    @Test
    void anOpenBallotIsCountedButItsVoterIsNotKept() {
        VotingRule open = new VotingRule(R7, VotingBody.COUNCIL, BallotKind.OPEN, new BigDecimal("0.5"),
                Comparison.MORE_THAN, ThresholdBase.PRESENT, RoundingMode.CEILING, BigDecimal.ZERO, null, true);
        RoundView view = fold(null, opened(open), new OpenBallotCast(ROUND, new VoterId("hd-03"), "Thành viên 3",
                List.of(THADS_CANDIDATE.registrantId()), LocalDate.of(2022, 12, 9)));

        assertThat(view.ballotsReceived()).isEqualTo(1);
        assertThat(view.ballotReceipts()).isEmpty();
        assertThat(ViewJson.mapper().writeValueAsString(view)).doesNotContain("hd-03", "Thành viên 3");
    }

    @Test
    void aSecretRoundShowsItsPublicKeyAndHowManySignaturesItIssuedButNotToWhom() {
        RoundView view = fold(null, opened(SECRET_90), new BallotKeyPublished(ROUND, "RSABSSA-SHA384-PSS-Deterministic",
                        "n-bytes", "AQAB"), new BlindSignatureIssued(ROUND, new VoterId("hd-07"), "blinded-hash-7"),
                new BlindSignatureReissueGranted(ROUND, new VoterId("hd-07")),
                new BlindSignatureIssued(ROUND, new VoterId("hd-08"), "blinded-hash-8")).visible();

        assertThat(view.ballotKey()).isEqualTo(new RoundView.BallotKey("RSABSSA-SHA384-PSS-Deterministic", "n-bytes", "AQAB"));
        assertThat(view.signaturesIssued()).isEqualTo(2);
        assertThat(ViewJson.mapper().writeValueAsString(view)).doesNotContain("hd-07", "hd-08", "blinded-hash");
    }

    @Test
    void aSecretRoundShowsWhenItsBallotBoxOpenedAndKeepsItAfterBallots() {
        RoundView signing = fold(null, opened(SECRET_90), new BallotKeyPublished(ROUND, "RSABSSA-SHA384-PSS-Deterministic",
                "n-bytes", "AQAB"), new BlindSignatureIssued(ROUND, new VoterId("hd-07"), "blinded-hash-7"));
        assertThat(signing.ballotBoxOpenedOn()).isNull();

        RoundView casting = fold(signing, new BallotBoxOpened(ROUND, 1, LocalDate.of(2022, 12, 9)),
                secret("rc-a", THADS_CANDIDATE));
        assertThat(casting.ballotBoxOpenedOn()).isEqualTo(LocalDate.of(2022, 12, 9));
        assertThat(casting.signaturesIssued()).isEqualTo(1);
        assertThat(casting.ballotsReceived()).isEqualTo(1);
    }

    @Test
    void aClosedSecretRoundPublishesEveryBallotByReceiptSortedAndNothingBefore() {
        RoundBallots open = ballots(opened(SECRET_90), secret("rc-b", THADS_CANDIDATE),
                secret("rc-a", THADS_CANDIDATE, PLCHUNG_CANDIDATE));
        assertThat(open.status()).isEqualTo(RoundView.Status.OPEN);

        RoundBallots closed = RoundBallotsFold.apply(open, closed(10));
        assertThat(closed.status()).isEqualTo(RoundView.Status.CLOSED);
        assertThat(closed.ballots()).containsExactly(
                new RoundBallots.PublishedBallot("rc-a", List.of(THADS.id(), CVDCXDPL.id())),
                new RoundBallots.PublishedBallot("rc-b", List.of(THADS.id())));
    }

    @Test
    void anOpenBallotRoundHasNoPublishedBallots() {
        VotingRule open = new VotingRule(R7, VotingBody.COUNCIL, BallotKind.OPEN, new BigDecimal("0.5"),
                Comparison.MORE_THAN, ThresholdBase.PRESENT, RoundingMode.CEILING, BigDecimal.ZERO, null, true);
        assertThat(ballots(opened(open), new OpenBallotCast(ROUND, new VoterId("hd-03"), "Thành viên 3",
                List.of(THADS_CANDIDATE.registrantId()), LocalDate.of(2022, 12, 9)))).isNull();
    }

    private static RoundBallots ballots(NominationEvent... events) {
        RoundBallots state = null;
        for (NominationEvent event : events) {
            state = RoundBallotsFold.apply(state, event);
        }
        return state;
    }

    @Test
    void anAbsentMembersSealedBallotIsCountedAndPublishedLikeEveryOtherWithoutItsSender() {
        SealedWrittenVoteCounted sealed = new SealedWrittenVoteCounted(ROUND, "b-sealed",
                List.of(THADS_CANDIDATE.registrantId()));
        RoundView view = fold(null, opened(SECRET_90), secret("c-token", THADS_CANDIDATE),
                new SealedWrittenVoteReceived(ROUND, new VoterId("hd-09"), LocalDate.of(2022, 12, 8)), sealed);

        assertThat(view.ballotsReceived()).isEqualTo(2);
        assertThat(view.ballotReceipts()).containsExactly("b-sealed", "c-token");
        RoundBallots published = ballots(opened(SECRET_90), secret("c-token", THADS_CANDIDATE), sealed, closed(2));
        assertThat(published.ballots()).extracting(RoundBallots.PublishedBallot::receipt)
                .containsExactly("b-sealed", "c-token");
        assertThat(published.ballots().get(0).approved()).containsExactly(THADS.registrantId().value());
    }

    @Test
    void credentialsIssuedLeaveTheSameState() {
        RoundView view = fold(null, opened(SECRET_90));

        assertThat(RoundFold.apply(view, new BallotCredentialsIssued(ROUND, List.of("h")), facts(9, "thu-ky")))
                .isSameAs(view);
    }

    @Test
    void theCampaignIndexListsRoundsInOpeningOrderWithTheirStatus() {
        CampaignRounds index = CampaignRoundsFold.opened(null, opened(SECRET_90));
        index = CampaignRoundsFold.closed(index, closed(10));

        assertThat(index.campaignId()).isEqualTo("btp-cum-iv-2022");
        assertThat(index.rounds()).singleElement().satisfies(round -> {
            assertThat(round.status()).isEqualTo(RoundView.Status.CLOSED);
            assertThat(round.titleName()).isEqualTo("Cờ thi đua ngành Tư pháp");
            assertThat(round.elected()).isEqualTo(1);
        });
    }
}
