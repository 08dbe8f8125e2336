package vn.thidua.ledger.app.idempotency;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdempotencyStoreTest {

    private MongoServer server;
    private MongoClient client;
    private final MutableClock clock = new MutableClock(Instant.parse("2022-12-20T08:00:00Z"));
    private IdempotencyStore store;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        store = new IdempotencyStore(client.getDatabase("t"), clock, Duration.ofMinutes(2));
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void secondClaimWhileRunningIsInProgressThenReplaysOnceCompleted() {
        assertThat(store.claim("thu-ky:k", "h1")).isInstanceOf(IdempotencyStore.Claim.Claimed.class);
        assertThat(store.claim("thu-ky:k", "h1")).isInstanceOf(IdempotencyStore.Claim.InProgress.class);

        store.complete("thu-ky:k", new StoredResponse(201, "application/json", "/x/1",
                "{\"id\":1}".getBytes(StandardCharsets.UTF_8)));

        IdempotencyStore.Claim replay = store.claim("thu-ky:k", "h1");
        assertThat(replay).isInstanceOf(IdempotencyStore.Claim.Completed.class);
        StoredResponse response = ((IdempotencyStore.Claim.Completed) replay).response();
        assertThat(response.status()).isEqualTo(201);
        assertThat(response.location()).isEqualTo("/x/1");
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("{\"id\":1}");
        assertThat(store.claim("thu-ky:k", "other")).isInstanceOf(IdempotencyStore.Claim.Mismatch.class);
    }

    @Test
    void releasedClaimCanBeClaimedAgain() {
        assertThat(store.claim("a:k", "h")).isInstanceOf(IdempotencyStore.Claim.Claimed.class);
        store.release("a:k");
        assertThat(store.claim("a:k", "h")).isInstanceOf(IdempotencyStore.Claim.Claimed.class);
    }

    @Test
    void staleClaimIsTakenOverOnlyAfterTheTimeout() {
        assertThat(store.claim("a:k", "h")).isInstanceOf(IdempotencyStore.Claim.Claimed.class);
        clock.advance(Duration.ofSeconds(119));
        assertThat(store.claim("a:k", "h")).isInstanceOf(IdempotencyStore.Claim.InProgress.class);
        clock.advance(Duration.ofSeconds(2));
        assertThat(store.claim("a:k", "h")).isInstanceOf(IdempotencyStore.Claim.Claimed.class);
        // The takeover renewed the claim: an immediate second retry is in progress again.
        assertThat(store.claim("a:k", "h")).isInstanceOf(IdempotencyStore.Claim.InProgress.class);
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
