package vn.thidua.ledger.events.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CampaignIdTest {

    @Test
    void aCampaignIsNamedAfterItsClusterAndYearAndGivesTheClusterBack() {
        CampaignId campaign = CampaignId.of(new ClusterId("btp-cum-iv"), 2022);

        assertThat(campaign.value()).isEqualTo("btp-cum-iv-2022");
        assertThat(campaign.clusterOf(2022)).isEqualTo(new ClusterId("btp-cum-iv"));
    }

    @Test
    void theClusterOfAnotherYearIsRefused() {
        assertThatThrownBy(() -> new CampaignId("btp-cum-iv-2022").clusterOf(2023))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
