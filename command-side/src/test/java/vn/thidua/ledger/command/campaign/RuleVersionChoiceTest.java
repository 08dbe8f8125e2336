package vn.thidua.ledger.command.campaign;

import static vn.thidua.ledger.command.fixtures.Rejections.rejectedWith;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CLUSTER;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CLUSTER_NAME;
import static vn.thidua.ledger.fixtures.ClusterIv2022.LAUNCHED_ON;
import static vn.thidua.ledger.fixtures.ClusterIv2022.MEMBER_UNITS;
import static vn.thidua.ledger.fixtures.ClusterIv2022.campaignName;
import static vn.thidua.ledger.fixtures.Criteria2022.SCHEME;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.fixtures.CampaignFixture;
import vn.thidua.ledger.command.rules.RuleVersionOverride;
import vn.thidua.ledger.events.campaign.CampaignLaunched;
import vn.thidua.ledger.events.campaign.RuleVersionChosen;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.RuleVersionBasis;

/**
 * The campaign's rule-set version, chosen by {@code RuleVersionPolicy}: by default the one in force on 1 January of
 * its year (see CampaignTest), otherwise as the command says and why, recorded in {@link RuleVersionChosen}.
 * The 2024 campaign is the interesting one: v1 (Decree 91/2017) ended on 31 Dec 2023, v2 (Law 2022) began.
 */
class RuleVersionChoiceTest {

    private static final int YEAR = 2024;
    private static final CampaignId CAMPAIGN_2024 = CampaignId.of(CLUSTER, YEAR);
    private static final LocalDate RECEIVED = LocalDate.of(2023, 12, 15);
    private static final String REASON = "Hồ sơ tiếp nhận trước ngày 01/01/2024 (minh họa)";

    private AggregateTestFixture<Campaign> fixture;

    @BeforeEach
    void setUp() {
        fixture = CampaignFixture.on(LAUNCHED_ON);
    }

    private static LaunchCampaign launch(RuleVersionOverride override) {
        return new LaunchCampaign(CAMPAIGN_2024, CLUSTER, CLUSTER_NAME, YEAR, campaignName(YEAR), SCHEME, MEMBER_UNITS,
                null, override);
    }

    private static CampaignLaunched launchedUnder(int version) {
        return new CampaignLaunched(CAMPAIGN_2024, CLUSTER, CLUSTER_NAME, YEAR, campaignName(YEAR), SCHEME,
                MEMBER_UNITS, "btp-thidua", version, LAUNCHED_ON);
    }

    @Test
    void aDossierReceivedBeforeTheNewLawKeepsTheOldRulesAndSaysWhy() {
        fixture.givenNoPriorActivity()
                .when(launch(new RuleVersionOverride(RuleVersionBasis.DOSSIER_RECEIVED, RECEIVED, REASON)))
                .expectEvents(launchedUnder(1), new RuleVersionChosen(CAMPAIGN_2024, YEAR, "btp-thidua", 1,
                        RuleVersionBasis.DOSSIER_RECEIVED, RECEIVED, REASON));
    }

    @Test
    void aDossierReceivedUnderTheNewLawTakesItsRules() {
        LocalDate january = LocalDate.of(2024, 1, 5);
        fixture.givenNoPriorActivity()
                .when(launch(new RuleVersionOverride(RuleVersionBasis.DOSSIER_RECEIVED, january, REASON)))
                .expectEvents(launchedUnder(2), new RuleVersionChosen(CAMPAIGN_2024, YEAR, "btp-thidua", 2,
                        RuleVersionBasis.DOSSIER_RECEIVED, january, REASON));
    }

    @Test
    void theEmulationYearAskedForExplicitlyIsRecordedWithItsReason() {
        fixture.givenNoPriorActivity()
                .when(launch(new RuleVersionOverride(RuleVersionBasis.EMULATION_YEAR, null, REASON)))
                .expectEvents(launchedUnder(2), new RuleVersionChosen(CAMPAIGN_2024, YEAR, "btp-thidua", 2,
                        RuleVersionBasis.EMULATION_YEAR, LocalDate.of(YEAR, 1, 1), REASON));
    }

    @Test
    void withoutAnOverrideOnlyTheLaunchIsRecorded() {
        fixture.givenNoPriorActivity()
                .when(launch(null))
                .expectEvents(launchedUnder(2));
    }

    @Test
    void cannotOverrideWithoutAReason() {
        fixture.givenNoPriorActivity()
                .when(launch(new RuleVersionOverride(RuleVersionBasis.DOSSIER_RECEIVED, RECEIVED, " ")))
                .expectException(rejectedWith(ErrorCode.REASON_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void cannotChooseByADossierWithoutTheDayItWasReceived() {
        fixture.givenNoPriorActivity()
                .when(launch(new RuleVersionOverride(RuleVersionBasis.DOSSIER_RECEIVED, null, REASON)))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void cannotOverrideWithoutABasis() {
        fixture.givenNoPriorActivity()
                .when(launch(new RuleVersionOverride(null, RECEIVED, REASON)))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void aDossierFromBeforeAnyRuleSetFindsNoRules() {
        fixture.givenNoPriorActivity()
                .when(launch(new RuleVersionOverride(RuleVersionBasis.DOSSIER_RECEIVED, LocalDate.of(2015, 6, 1),
                        REASON)))
                .expectException(rejectedWith(ErrorCode.RULE_SET_NOT_FOUND))
                .expectNoEvents();
    }
}
