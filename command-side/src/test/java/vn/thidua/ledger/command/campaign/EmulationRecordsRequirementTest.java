package vn.thidua.ledger.command.campaign;

import static vn.thidua.ledger.command.fixtures.Rejections.rejectedWith;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CAMPAIGN;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CONFERENCE;
import static vn.thidua.ledger.fixtures.ClusterIv2022Events.CANONICAL;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.fixtures.CampaignFixture;
import vn.thidua.ledger.events.campaign.EmulationRecordsRequired;
import vn.thidua.ledger.events.common.CampaignId;

/**
 * The switch that makes hồ sơ thi đua mandatory in a campaign ({@link RequireEmulationRecords}): recorded with its
 * reason, once, never in a closed year. What it does to rounds and decisions is in TitleCriteriaAtOpeningTest and
 * TitleCriteriaAtDecisionTest. The reason is illustrative (minh họa).
 */
class EmulationRecordsRequirementTest {

    private static final String REASON = "Bộ yêu cầu hồ sơ thi đua của mọi ứng viên (minh họa)";

    private AggregateTestFixture<Campaign> fixture;

    @BeforeEach
    void setUp() {
        fixture = CampaignFixture.on(CONFERENCE);
    }

    @Test
    void theSecretariatRequiresRecordsInACampaignWithItsReason() {
        fixture.given(CANONICAL.launched())
                .when(new RequireEmulationRecords(CAMPAIGN, REASON))
                .expectEvents(new EmulationRecordsRequired(CAMPAIGN, 2022, REASON));
    }

    @Test
    void cannotRequireRecordsTwice() {
        fixture.given(CANONICAL.launched(), new EmulationRecordsRequired(CAMPAIGN, 2022, REASON))
                .when(new RequireEmulationRecords(CAMPAIGN, "lần nữa (minh họa)"))
                .expectException(rejectedWith(ErrorCode.EMULATION_RECORDS_ALREADY_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void cannotRequireRecordsWithoutAReason() {
        fixture.given(CANONICAL.launched())
                .when(new RequireEmulationRecords(CAMPAIGN, " "))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void cannotRequireRecordsOnceTheYearIsClosed() {
        fixture.given(CANONICAL.launched(), CANONICAL.ranking(), CANONICAL.closed())
                .when(new RequireEmulationRecords(CAMPAIGN, REASON))
                .expectException(rejectedWith(ErrorCode.CAMPAIGN_CLOSED))
                .expectNoEvents();
    }

    @Test
    void anUnknownCampaignHasNothingToRequire() {
        fixture.givenNoPriorActivity()
                .when(new RequireEmulationRecords(CampaignId.of(CANONICAL.cluster(), 2030), REASON))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }
}
