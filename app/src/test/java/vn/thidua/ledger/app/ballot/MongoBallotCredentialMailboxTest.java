package vn.thidua.ledger.app.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

    private MongoServer server;
    private MongoClient client;
    private MongoBallotCredentialMailbox mailbox;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create("mongodb://" + server.bindAndGetConnectionString().replace("mongodb://", ""));
        mailbox = new MongoBallotCredentialMailbox(client.getDatabase("t"));
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void eachVoterCollectsTheirOwnCredentialOnce() {
        mailbox.deliver(ROUND, Map.of(MEMBER_1, "cred-1", MEMBER_2, "cred-2"));

        assertThat(mailbox.collect(ROUND, MEMBER_2)).contains("cred-2");
        assertThat(mailbox.collect(ROUND, MEMBER_2)).isEmpty();
        assertThat(mailbox.collect(ROUND, MEMBER_1)).contains("cred-1");
        assertThat(mailbox.collect(new RoundId("other"), MEMBER_1)).isEmpty();
    }

    @Test
    void aCredentialSurvivesANewMailboxOnTheSameDatabase() {
        mailbox.deliver(ROUND, Map.of(MEMBER_1, "cred-1"));
        MongoBallotCredentialMailbox afterRestart = new MongoBallotCredentialMailbox(client.getDatabase("t"));
        assertThat(afterRestart.collect(ROUND, MEMBER_1)).contains("cred-1");
    }

    @Test
    void ofConcurrentCollectionsExactlyOneGetsTheCredential() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 20; round++) {
                RoundId roundId = new RoundId("r-" + round);
                mailbox.deliver(roundId, Map.of(MEMBER_1, "cred-" + round));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Optional<String>>> attempts = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    attempts.add(pool.submit(() -> {
                        start.await();
                        return mailbox.collect(roundId, MEMBER_1);
                    }));
                }
                start.countDown();
                List<String> got = Collections.synchronizedList(new ArrayList<>());
                for (Future<Optional<String>> attempt : attempts) {
                    attempt.get().ifPresent(got::add);
                }
                assertThat(got).containsExactly("cred-" + round);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
