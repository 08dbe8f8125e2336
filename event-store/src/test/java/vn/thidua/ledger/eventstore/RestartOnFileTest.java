package vn.thidua.ledger.eventstore;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.thidua.ledger.eventstore.EventStoreFixture.scored;

class RestartOnFileTest {

    @Test
    void eventsSnapshotsAndTokensSurviveARestartAndTheProcessorResumesWithoutReprocessing(@TempDir Path dir) {
        Path file = dir.resolve("thidua-ledger.mv");
        try (EventStoreFixture store = EventStoreFixture.onFile(file)) {
            MongoEventStorageEngine engine = store.engine();
            for (int i = 0; i < 20; i++) {
                engine.appendEvents(scored("card-1", i, "Vụ Hợp tác quốc tế", i));
            }
            engine.storeSnapshot(scored("card-1", 19, "snapshot", 190));
            try (RecordingProcessor processor = new RecordingProcessor(engine, store.tokenStore(), "view").start()) {
                await().atMost(Duration.ofSeconds(20)).until(() -> processor.count() == 20);
            }
        }

        try (EventStoreFixture store = EventStoreFixture.onFile(file)) {
            MongoEventStorageEngine engine = store.engine();
            assertThat(engine.readEvents("card-1", 0).asStream().count()).isEqualTo(20);
            assertThat(engine.readSnapshot("card-1")).hasValueSatisfying(
                    snapshot -> assertThat(snapshot.getSequenceNumber()).isEqualTo(19L));
            assertThat(store.tokenStore().fetchToken("view", 0).position()).hasValue(20L);

            engine.appendEvents(scored("card-1", 20, "Vụ Hợp tác quốc tế", 20));
            try (RecordingProcessor processor = new RecordingProcessor(engine, store.tokenStore(), "view").start()) {
                await().atMost(Duration.ofSeconds(20)).until(() -> processor.count() >= 1);
                await().pollDelay(Duration.ofMillis(300)).until(() -> true);
                assertThat(processor.positions).containsExactly(21L);
            }
        }
    }
}
