package vn.thidua.ledger.command.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.ledger.command.fixtures.Rejections.rejectedWith;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CAMPAIGN;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CONFERENCE;
import static vn.thidua.ledger.fixtures.ClusterIv2022.OUTSIDER;
import static vn.thidua.ledger.fixtures.ClusterIv2022.THADS;
import static vn.thidua.ledger.fixtures.ClusterIv2022Events.CANONICAL;
import static vn.thidua.ledger.fixtures.Conference2022.COMMENTS;
import static vn.thidua.ledger.fixtures.Conference2022.CONFERENCE_CHAIR;
import static vn.thidua.ledger.fixtures.Conference2022.DRAFT_PRESENTED_BY;
import static vn.thidua.ledger.fixtures.Conference2022.DRAFT_SUMMARY;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.fixtures.CampaignFixture;
import vn.thidua.ledger.events.campaign.CampaignClosed;
import vn.thidua.ledger.events.campaign.SummaryCommentRecorded;
import vn.thidua.ledger.fixtures.Conference2022Events;

/**
 * The year-end conference of Cluster IV on 9 Dec 2022 (rule CONFERENCE): held once, the draft summary report
 * presented at it once, the member units' comments recorded on that draft, nothing after the year is closed.
 */
class YearEndConferenceTest {

    private static final Conference2022Events YEAR_2022 = CANONICAL.conference();

    private AggregateTestFixture<Campaign> fixture;

    @BeforeEach
    void setUp() {
        fixture = CampaignFixture.on(CONFERENCE);
    }

    private static HoldYearEndConference conference() {
        return new HoldYearEndConference(CAMPAIGN, CONFERENCE, CONFERENCE_CHAIR);
    }

    private static RecordSummaryComment comment(int index) {
        return new RecordSummaryComment(CAMPAIGN, COMMENTS.get(index).unit().unit().id(), COMMENTS.get(index).text());
    }

    @Test
    void recordsTheConferenceWithItsDateAndChair() {
        fixture.given(CANONICAL.launched())
                .when(conference())
                .expectEvents(YEAR_2022.conferenceHeld());
    }

    @Test
    void aConferenceInJanuaryOfTheNextYearStillClosesTheYear() {
        LocalDate january = LocalDate.of(2023, 1, 31);
        fixture.given(CANONICAL.launched())
                .when(new HoldYearEndConference(CAMPAIGN, january, CONFERENCE_CHAIR))
                .expectSuccessfulHandlerExecution();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-12-31", "2023-02-01"})
    void cannotHoldTheConferenceOutsideItsYear(String heldOn) {
        fixture.given(CANONICAL.launched())
                .when(new HoldYearEndConference(CAMPAIGN, LocalDate.parse(heldOn), CONFERENCE_CHAIR))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void cannotHoldTheConferenceWithoutAChair() {
        fixture.given(CANONICAL.launched())
                .when(new HoldYearEndConference(CAMPAIGN, CONFERENCE, " "))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void cannotHoldTheConferenceTwice() {
        fixture.given(CANONICAL.launched(), YEAR_2022.conferenceHeld())
                .when(conference())
                .expectException(rejectedWith(ErrorCode.CONFERENCE_ALREADY_HELD))
                .expectNoEvents();
    }

    @Test
    void theDraftIsPresentedAtTheConferenceOnItsDay() {
        fixture.given(CANONICAL.launched(), YEAR_2022.conferenceHeld())
                .when(new PresentDraftSummary(CAMPAIGN, DRAFT_PRESENTED_BY, DRAFT_SUMMARY))
                .expectEvents(YEAR_2022.draftPresented());
    }

    @Test
    void cannotPresentTheDraftBeforeTheConference() {
        fixture.given(CANONICAL.launched())
                .when(new PresentDraftSummary(CAMPAIGN, DRAFT_PRESENTED_BY, DRAFT_SUMMARY))
                .expectException(rejectedWith(ErrorCode.CONFERENCE_NOT_HELD))
                .expectNoEvents();
    }

    @Test
    void cannotPresentTheDraftTwice() {
        fixture.given(CANONICAL.launched(), YEAR_2022.conferenceHeld(), YEAR_2022.draftPresented())
                .when(new PresentDraftSummary(CAMPAIGN, DRAFT_PRESENTED_BY, "Dự thảo lần hai"))
                .expectException(rejectedWith(ErrorCode.DRAFT_SUMMARY_ALREADY_PRESENTED))
                .expectNoEvents();
    }

    @Test
    void cannotPresentAnEmptyDraft() {
        fixture.given(CANONICAL.launched(), YEAR_2022.conferenceHeld())
                .when(new PresentDraftSummary(CAMPAIGN, DRAFT_PRESENTED_BY, ""))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void commentsAreNumberedInTheOrderTheyAreRecorded() {
        List<SummaryCommentRecorded> comments = YEAR_2022.comments();
        fixture.given(CANONICAL.launched(), YEAR_2022.conferenceHeld(), YEAR_2022.draftPresented(), comments.get(0))
                .when(comment(1))
                .expectEvents(comments.get(1));
        assertThat(comments).extracting(SummaryCommentRecorded::number).containsExactly(1, 2);
    }

    @Test
    void cannotCommentBeforeTheDraftIsPresented() {
        fixture.given(CANONICAL.launched(), YEAR_2022.conferenceHeld())
                .when(comment(0))
                .expectException(rejectedWith(ErrorCode.DRAFT_SUMMARY_NOT_PRESENTED))
                .expectNoEvents();
    }

    @Test
    void cannotCommentWithoutAConference() {
        fixture.given(CANONICAL.launched())
                .when(comment(0))
                .expectException(rejectedWith(ErrorCode.CONFERENCE_NOT_HELD))
                .expectNoEvents();
    }

    @Test
    void onlyAMemberUnitComments() {
        fixture.given(CANONICAL.launched(), YEAR_2022.conferenceHeld(), YEAR_2022.draftPresented())
                .when(new RecordSummaryComment(CAMPAIGN, OUTSIDER.id(), "Góp ý (minh họa)"))
                .expectException(rejectedWith(ErrorCode.NOT_A_CAMPAIGN_MEMBER))
                .expectNoEvents();
    }

    @Test
    void nothingIsAddedToTheConferenceOfAClosedYear() {
        fixture.given(CANONICAL.launched(), YEAR_2022.conferenceHeld(), YEAR_2022.draftPresented(),
                        new CampaignClosed(CAMPAIGN, 2022, "Báo cáo tổng kết", CONFERENCE))
                .when(new RecordSummaryComment(CAMPAIGN, THADS.unit().id(), "Góp ý muộn (minh họa)"))
                .expectException(rejectedWith(ErrorCode.CAMPAIGN_CLOSED))
                .expectNoEvents();
    }

    @Test
    void aRejectionNamesTheRuleAndItsSource() {
        fixture.given(CANONICAL.launched())
                .when(comment(0))
                .expectException(DomainRejection.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("CONFERENCE"));
    }
}
