package vn.thidua.ledger.command.campaign;

import static vn.thidua.ledger.command.fixtures.Rejections.rejectedWith;
import static vn.thidua.ledger.fixtures.ClusterIv2022.LAUNCHED_ON;
import static vn.thidua.ledger.fixtures.ClusterIv2022Events.CANONICAL;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.fixtures.Actors;
import vn.thidua.ledger.command.fixtures.CampaignFixture;
import vn.thidua.ledger.events.campaign.CampaignLaunched;
import vn.thidua.ledger.fixtures.ClusterIv2022;

/** The launch of a past year, transcribed by the secretariat with the date of its launch decision. */
class TranscribedLaunchTest {

    private static final LocalDate TRANSCRIBED_ON = LocalDate.of(2026, 11, 26);

    private static AggregateTestFixture<Campaign> fixtureOn(LocalDate today) {
        AggregateTestFixture<Campaign> fixture = CampaignFixture.on(today);
        return fixture;
    }

    private static LaunchCampaign launchedOn(LocalDate day) {
        CampaignLaunched l = CANONICAL.launched();
        return new LaunchCampaign(l.campaignId(), l.clusterId(), l.clusterName(), l.year(), l.name(),
                l.scoringScheme(), l.members(), day);
    }

    @Test
    void aPastYearIsLaunchedOnTheDayItsRecordsSay() {
        fixtureOn(TRANSCRIBED_ON).givenNoPriorActivity()
                .when(launchedOn(LAUNCHED_ON))
                .expectEvents(CANONICAL.launched());
    }

    @Test
    void aUnitRepresentativeCannotBackdateALaunch() {
        fixtureOn(TRANSCRIBED_ON).givenNoPriorActivity()
                .when(launchedOn(LAUNCHED_ON), Actors.representativeOf(ClusterIv2022.HTQT.unit()))
                .expectException(rejectedWith(ErrorCode.TRANSCRIPTION_BY_SECRETARIAT_ONLY))
                .expectNoEvents();
    }

    @Test
    void aLaunchCannotBeDatedOutsideItsYear() {
        fixtureOn(TRANSCRIBED_ON).givenNoPriorActivity()
                .when(launchedOn(LocalDate.of(2021, 12, 30)))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void theCurrentYearIsLaunchedTodayWhateverDateIsGiven() {
        fixtureOn(LAUNCHED_ON.plusDays(3)).givenNoPriorActivity()
                .when(launchedOn(LAUNCHED_ON))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }
}
