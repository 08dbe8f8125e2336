package vn.thidua.ledger.app.idempotency;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.app.testsupport.MutableClock;

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
        store = new IdempotencyStore(client.getDatabase("t"), clock, Duration.ofMinutes(2), Duration.ofDays(1));
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

    @Test
    void aCompletedKeyIsForgottenAfterTheRetentionEvenWithoutATtlMonitor() {
        store.claim("a:k", "h1");
        store.complete("a:k", new StoredResponse(201, "application/json", "/x/1", new byte[0]));
        clock.advance(Duration.ofHours(23));
        assertThat(store.claim("a:k", "h2")).isInstanceOf(IdempotencyStore.Claim.Mismatch.class);
        clock.advance(Duration.ofHours(1));
        assertThat(store.claim("a:k", "h2")).as("an expired key is claimed afresh")
                .isInstanceOf(IdempotencyStore.Claim.Claimed.class);
    }

    @Test
    void expiredKeysAreSweptFromTheCollection() {
        store.claim("a:k1", "h");
        store.claim("a:k2", "h");
        clock.advance(Duration.ofDays(1));
        store.claim("a:k3", "h");
        assertThat(client.getDatabase("t").getCollection(IdempotencyStore.COLLECTION).countDocuments())
                .isEqualTo(1);
    }

    @Test
    void aClaimTimeoutNotLongerThanTheCommandTimeoutIsRefusedAtStartup() {
        IdempotencySettings settings = new IdempotencySettings(Duration.ofSeconds(30), Duration.ofDays(1),
                java.util.List.of());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> settings.requireClaimOutlives(Duration.ofSeconds(30)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("claim-timeout");
        settings.requireClaimOutlives(Duration.ofSeconds(29));
    }
}
