package vn.thidua.ledger.query.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class LiveUpdatesTest {

    @Test
    void pastTheBoundTheOldestStreamIsClosedSoNoMoreThanTheBoundStayOpen() {
        LiveUpdates live = new LiveUpdates(2, Duration.ofMinutes(1), Duration.ofHours(1));
        try {
            live.open();
            live.open();
            live.open();

            assertThat(live.openStreams()).isEqualTo(2);
        } finally {
            live.destroy();
        }
    }

    @Test
    void anUpdateCarriesOnlyTheIdsAndThePosition() {
        assertThat(LiveUpdate.roundClosed("r-1", "c-2022", 42).data())
                .containsExactly(java.util.Map.entry("campaignId", "c-2022"), java.util.Map.entry("roundId", "r-1"),
                        java.util.Map.entry("position", 42L));
        assertThat(LiveUpdate.rankingPublished("c-2022", 7).data()).containsOnlyKeys("campaignId", "position");
    }
}
