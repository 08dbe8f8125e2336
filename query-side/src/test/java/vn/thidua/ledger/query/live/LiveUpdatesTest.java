package vn.thidua.ledger.query.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

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
    void theStreamsEndWhenTheApplicationStartsClosingBeforeTheWebServerIsStopped() {
        AtomicInteger openWhenTheWebServerStops = new AtomicInteger(-1);
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.registerBean(LiveUpdates.class, () -> new LiveUpdates(10, Duration.ofMinutes(1), Duration.ofHours(1)));
            // Stands for the web server's graceful shutdown: a lifecycle stopped after the context is closing.
            context.registerBean("webServer", SmartLifecycle.class, () -> new WebServer(
                    () -> openWhenTheWebServerStops.set(context.getBean(LiveUpdates.class).openStreams())));
            context.refresh();
            context.getBean(LiveUpdates.class).open();
        }

        assertThat(openWhenTheWebServerStops).hasValue(0);
    }

    private static final class WebServer implements SmartLifecycle {
        private final Runnable onStop;
        private boolean running;

        WebServer(Runnable onStop) {
            this.onStop = onStop;
        }

        @Override
        public void start() {
            running = true;
        }

        @Override
        public void stop() {
            onStop.run();
            running = false;
        }

        @Override
        public boolean isRunning() {
            return running;
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
