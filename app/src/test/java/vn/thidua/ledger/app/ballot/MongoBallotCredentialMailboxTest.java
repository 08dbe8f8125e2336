package vn.thidua.ledger.app.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.events.common.VoterId;

class MongoBallotCredentialMailboxTest {

    private static final RoundId ROUND = new RoundId("hd-2024-cstd");
    private static final VoterId MEMBER_1 = new VoterId("bieu-quyet-1");
    private static final VoterId MEMBER_2 = new VoterId("bieu-quyet-2");
    private static final BallotSettings SETTINGS = new BallotSettings(Duration.ofMinutes(10), Duration.ofDays(7));

    private MongoServer server;
    private MongoClient client;
    private MovableClock clock;
    private MongoBallotCredentialMailbox mailbox;

    /** A clock the test moves forward. */
    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2024-11-20T02:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create("mongodb://" + server.bindAndGetConnectionString().replace("mongodb://", ""));
        clock = new MovableClock();
        mailbox = new MongoBallotCredentialMailbox(client.getDatabase("t"), clock, SETTINGS);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void eachVoterCollectsTheirOwnCredential() {
        mailbox.deliver(ROUND, Map.of(MEMBER_1, "cred-1", MEMBER_2, "cred-2"));

        assertThat(mailbox.collect(ROUND, MEMBER_2)).contains("cred-2");
        assertThat(mailbox.collect(ROUND, MEMBER_1)).contains("cred-1");
        assertThat(mailbox.collect(new RoundId("other"), MEMBER_1)).isEmpty();
    }

    @Test
    void aVoterCollectsAgainWithinTheWindowButNotAfterIt() {
        mailbox.deliver(ROUND, Map.of(MEMBER_1, "cred-1"));
        assertThat(mailbox.collect(ROUND, MEMBER_1)).contains("cred-1");
        clock.advance(Duration.ofMinutes(9));
        assertThat(mailbox.collect(ROUND, MEMBER_1)).as("a lost response is collected again").contains("cred-1");
        clock.advance(Duration.ofMinutes(1));
        assertThat(mailbox.collect(ROUND, MEMBER_1)).isEmpty();
        assertThat(mailbox.held(ROUND, MEMBER_1)).as("kept for a reissue until the round closes").contains("cred-1");
    }

    @Test
    void theWindowStartsAtTheFirstCollectionNotAtDelivery() {
        mailbox.deliver(ROUND, Map.of(MEMBER_1, "cred-1"));
        clock.advance(Duration.ofHours(3));
        assertThat(mailbox.collect(ROUND, MEMBER_1)).contains("cred-1");
    }

    @Test
    void aReissuedCredentialReplacesTheLetterAndCanBeCollectedAgain() {
        mailbox.deliver(ROUND, Map.of(MEMBER_1, "cred-1"));
        mailbox.collect(ROUND, MEMBER_1);
        clock.advance(Duration.ofHours(1));
        mailbox.replace(ROUND, MEMBER_1, "cred-9");
        assertThat(mailbox.collect(ROUND, MEMBER_1)).contains("cred-9");
    }

    @Test
    void closingTheRoundForgetsEveryLetterOfIt() {
        mailbox.deliver(ROUND, Map.of(MEMBER_1, "cred-1", MEMBER_2, "cred-2"));
        mailbox.deliver(new RoundId("other"), Map.of(MEMBER_1, "cred-3"));
        mailbox.discard(ROUND);
        assertThat(mailbox.held(ROUND, MEMBER_1)).isEmpty();
        assertThat(mailbox.held(ROUND, MEMBER_2)).isEmpty();
        assertThat(mailbox.held(new RoundId("other"), MEMBER_1)).contains("cred-3");
    }

    @Test
    void lettersOfARoundNeverClosedExpireEvenWithoutATtlIndex() {
        mailbox.deliver(ROUND, Map.of(MEMBER_1, "cred-1"));
        clock.advance(Duration.ofDays(7));
        mailbox.deliver(new RoundId("other"), Map.of(MEMBER_2, "cred-2"));
        assertThat(client.getDatabase("t").getCollection(MongoBallotCredentialMailbox.COLLECTION).countDocuments())
                .as("the expired letter is gone from the collection, not just hidden").isEqualTo(1);
        assertThat(mailbox.held(ROUND, MEMBER_1)).isEmpty();
    }

    @Test
    void aCredentialSurvivesANewMailboxOnTheSameDatabase() {
        mailbox.deliver(ROUND, Map.of(MEMBER_1, "cred-1"));
        MongoBallotCredentialMailbox afterRestart = new MongoBallotCredentialMailbox(client.getDatabase("t"), clock,
                SETTINGS);
        assertThat(afterRestart.collect(ROUND, MEMBER_1)).contains("cred-1");
    }
}
