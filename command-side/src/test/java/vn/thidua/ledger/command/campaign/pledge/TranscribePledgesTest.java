package vn.thidua.ledger.command.campaign.pledge;

import static vn.thidua.ledger.command.fixtures.Rejections.rejectedWith;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CAMPAIGN;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CAMPAIGN_2023;
import static vn.thidua.ledger.fixtures.ClusterIv2022.HTQT;
import static vn.thidua.ledger.fixtures.ClusterIv2022.THADS;
import static vn.thidua.ledger.fixtures.ClusterIv2022.WINDOW_CLOSES;
import static vn.thidua.ledger.fixtures.ClusterIv2022Events.CANONICAL;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.command.campaign.Campaign;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.fixtures.Actors;
import vn.thidua.ledger.command.fixtures.CampaignFixture;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.pledge.PledgeRegistered;
import vn.thidua.ledger.events.pledge.RegistrantKind;

/** A transcribed register: each pledge under the rules of a single registration, all recorded or none. */
class TranscribePledgesTest {

    private static final LocalDate ON_THE_FORM = LocalDate.of(2022, 3, 1);
    private static final LocalDate TRANSCRIBED_ON = LocalDate.of(2026, 11, 30);
    private static final RegistrantId UNIT = new RegistrantId(THADS.unit().id().value());
    private static final RegistrantId CIVIL_SERVANT = new RegistrantId("cc-0042");
    private static final String CIVIL_SERVANT_NAME = "Nguyễn Thị Minh Họa (cá nhân minh họa)";

    private final AggregateTestFixture<Campaign> fixture = CampaignFixture.on(TRANSCRIBED_ON);

    private static RegisterPledge unitPledge(CampaignId campaign) {
        return new RegisterPledge(campaign, UNIT, THADS.unit().name(), RegistrantKind.UNIT, THADS.unit().id(), 120,
                                  List.of(Title.EXCELLENT_COLLECTIVE), ON_THE_FORM);
    }

    private static RegisterPledge individualPledge(LocalDate on) {
        return new RegisterPledge(CAMPAIGN, CIVIL_SERVANT, CIVIL_SERVANT_NAME, RegistrantKind.INDIVIDUAL,
                                  HTQT.unit().id(), null, List.of(Title.ADVANCED_WORKER), on);
    }

    @Test
    void everyPledgeBecomesTheEventASingleRegistrationRecords() {
        fixture.given(CANONICAL.launched(), CANONICAL.windowSet())
               .when(new TranscribePledges(CAMPAIGN, List.of(unitPledge(CAMPAIGN), individualPledge(ON_THE_FORM))))
               .expectEvents(new PledgeRegistered(CAMPAIGN, 2022, UNIT, THADS.unit().name(), RegistrantKind.UNIT,
                                                  THADS.unit(), 120, List.of(Title.EXCELLENT_COLLECTIVE), ON_THE_FORM),
                             new PledgeRegistered(CAMPAIGN, 2022, CIVIL_SERVANT, CIVIL_SERVANT_NAME,
                                                  RegistrantKind.INDIVIDUAL, HTQT.unit(), null,
                                                  List.of(Title.ADVANCED_WORKER), ON_THE_FORM));
    }

    @Test
    void aPledgeIsCheckedAgainstTheOnesBeforeItAndOneRefusalRecordsNothing() {
        fixture.given(CANONICAL.launched(), CANONICAL.windowSet())
               .when(new TranscribePledges(CAMPAIGN, List.of(unitPledge(CAMPAIGN), individualPledge(ON_THE_FORM),
                                                             individualPledge(ON_THE_FORM))))
               .expectException(rejectedWith(ErrorCode.PLEDGE_ALREADY_REGISTERED))
               .expectNoEvents();
    }

    @Test
    void aPledgeOutsideTheWindowRefusesTheWholeTranscription() {
        fixture.given(CANONICAL.launched(), CANONICAL.windowSet())
               .when(new TranscribePledges(CAMPAIGN, List.of(unitPledge(CAMPAIGN),
                                                             individualPledge(WINDOW_CLOSES.plusDays(1)))))
               .expectException(rejectedWith(ErrorCode.OUTSIDE_REGISTRATION_WINDOW))
               .expectNoEvents();
    }

    @Test
    void onlyTheSecretariatTranscribes() {
        fixture.given(CANONICAL.launched(), CANONICAL.windowSet())
               .when(new TranscribePledges(CAMPAIGN, List.of(individualPledge(ON_THE_FORM))),
                     Actors.representativeOf(HTQT.unit()))
               .expectException(rejectedWith(ErrorCode.TRANSCRIPTION_BY_SECRETARIAT_ONLY))
               .expectNoEvents();
    }

    @Test
    void aPledgeOfAnotherCampaignIsRefused() {
        fixture.given(CANONICAL.launched(), CANONICAL.windowSet())
               .when(new TranscribePledges(CAMPAIGN, List.of(unitPledge(CAMPAIGN_2023))))
               .expectException(rejectedWith(ErrorCode.INCONSISTENT_IDS))
               .expectNoEvents();
    }

    @Test
    void anEmptyTranscriptionIsRefused() {
        fixture.given(CANONICAL.launched(), CANONICAL.windowSet())
               .when(new TranscribePledges(CAMPAIGN, List.of()))
               .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
               .expectNoEvents();
    }
}
