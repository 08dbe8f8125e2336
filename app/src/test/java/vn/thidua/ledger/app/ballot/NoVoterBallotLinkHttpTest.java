package vn.thidua.ledger.app.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.MessageDigest;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.nio.charset.StandardCharsets;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.jayway.jsonpath.JsonPath;
import org.slf4j.LoggerFactory;
import com.mongodb.client.MongoDatabase;
import vn.thidua.ledger.query.view.ViewDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.ledger.app.testsupport.CommandApi;
import vn.thidua.ledger.app.testsupport.HttpTest;
import vn.thidua.ledger.app.testsupport.SecretBallots;
import vn.thidua.ledger.app.testsupport.SecretBallots.SignedToken;

/**
 * Bí mật phiếu bầu trước người quản trị cơ sở dữ liệu: after a secret round is voted and closed, whoever reads every
 * collection of the database (events with their metadata, snapshots, views, tokens, keys, idempotency records) and
 * the logs, at DEBUG, finds nothing that ties a voter to their token, signature, receipt or choices.
 * <p>
 * What counts as a link: one JSON object (JSON text inside a string, as event payloads and metadata are stored,
 * is read as the object it is) whose own fields name a voter of the round and hold a value derived from a token (the
 * token, its signature, its receipt); one log line naming both; a metadata value a ballot shares with a signature
 * request. Tokens and signatures must appear nowhere at all; blinded messages only as the hash next to their voter.
 * The order of events is the one channel left, and docs/secret-ballot.md says how the process closes it.
 */
@HttpTest
class NoVoterBallotLinkHttpTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> NOISY = List.of("org.axonframework", "org.springframework.web",
            "org.springframework.security", "vn.thidua");

    @Autowired
    CommandApi api;

    @Autowired
    MockMvc mvc;

    @Autowired
    MongoDatabase database;

    @Autowired
    @ViewDatabase
    MongoDatabase views;

    @Test
    void noCollectionEventMetadataOrLogLineLinksAVoterToATokenAReceiptOrAChoice() throws Exception {
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        NOISY.forEach(logger -> logging.setLogLevel(logger, LogLevel.DEBUG));
        // The application's log events themselves (not the console, where MockMvc prints requests of a failed test).
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        SecretBallots ballots = new SecretBallots(api, mvc);
        List<String> voters = SecretBallots.voters(CommandApi.unique("lk"), 4);
        Set<String> tokenValues = new HashSet<>();
        Set<String> receipts = new HashSet<>();
        String roundId;
        try {
            roundId = ballots.councilRound(List.of("cc-0201"), voters);
            RSAPublicKey key = ballots.key(roundId);
            List<SignedToken> signed = new ArrayList<>();
            for (String voter : voters) {
                signed.add(ballots.sign(roundId, key, voter));
            }
            ballots.openBallotBox(roundId);
            for (SignedToken token : signed) {
                String answer = api.post(null, "/api/rounds/" + roundId + "/secret-ballots",
                        SecretBallots.ballot(token, List.of("cc-0201"))).andExpect(status().isCreated())
                        .andReturn().getResponse().getContentAsString();
                tokenValues.add(token.token());
                tokenValues.add(token.signature());
                receipts.add(JsonPath.read(answer, "$.receipt"));
                assertThat((String) JsonPath.read(answer, "$.receipt")).isEqualTo(sha256("thidua-ballot-receipt:"
                        + token.token()));
            }
            api.created(CommandApi.SECRETARIAT, "/api/rounds/" + roundId + "/closure", "");
            api.awaitViewsCaughtUp(); // every projection has written what it writes of the round
        } finally {
            NOISY.forEach(logger -> logging.setLogLevel(logger, null));
            root.detachAppender(logs);
        }

        Set<String> derived = new HashSet<>(tokenValues);
        derived.addAll(receipts);
        List<String> findings = new ArrayList<>();
        int documents = 0;
        for (MongoDatabase scanned : List.of(database, views)) {
            for (String collection : scanned.listCollectionNames()) {
                for (Document document : scanned.getCollection(collection).find()) {
                    documents++;
                    String text = document.toJson();
                    tokenValues.stream().filter(text::contains).forEach(value -> findings.add(collection
                            + " stores a token or signature: " + document.get("_id")));
                    scan(JSON.readTree(text), collection + "/" + document.get("_id"), voters, derived, findings);
                }
            }
        }
        assertThat(documents).isGreaterThan(10);
        assertThat(findings).as("links in the database").isEmpty();
        assertThat(receipts).allSatisfy(receipt -> assertThat(database.getCollection("eventCommits").find(
                new Document("events.payload", new Document("$regex", receipt))).first()).isNotNull());

        List<String> lines = logs.list.stream().map(event -> event.getFormattedMessage()
                + (event.getThrowableProxy() == null ? "" : " " + event.getThrowableProxy().getMessage())).toList();
        for (String line : lines) {
            assertThat(tokenValues).noneMatch(line::contains);
            if (voters.stream().anyMatch(line::contains)) {
                assertThat(receipts).as(line).noneMatch(line::contains);
            }
        }
        assertThat(lines).as("the test did log at DEBUG").anyMatch(line -> line.contains(roundId));
        assertNoSharedMetadata(roundId, voters);
    }

    /** Every JSON object, with JSON held in strings opened up: its own names and scalars must not hold a voter and a derived value. */
    private static void scan(JsonNode node, String where, List<String> voters, Set<String> derived, List<String> findings) {
        if (node.isString() && looksLikeJson(node.asString())) {
            scan(JSON.readTree(node.asString()), where, voters, derived, findings);
        } else if (node.isArray()) {
            node.forEach(child -> scan(child, where, voters, derived, findings));
        } else if (node.isObject()) {
            Set<String> own = new HashSet<>();
            for (var entry : node.properties()) {
                own.add(entry.getKey());
                JsonNode value = entry.getValue();
                if (value.isValueNode() && !looksLikeJson(value.asString())) {
                    own.add(value.asString());
                } else if (value.isArray()) {
                    value.forEach(item -> {
                        if (item.isValueNode() && !looksLikeJson(item.asString())) {
                            own.add(item.asString());
                        }
                    });
                }
                scan(value, where, voters, derived, findings);
            }
            boolean namesAVoter = own.stream().anyMatch(voters::contains);
            boolean holdsADerivedValue = own.stream().anyMatch(derived::contains);
            if (namesAVoter && holdsADerivedValue) {
                findings.add(where + " links a voter to a ballot: " + node);
            }
        }
    }

    private static boolean looksLikeJson(String text) {
        String trimmed = text.strip();
        return trimmed.startsWith("{") || trimmed.startsWith("[");
    }

    /** A ballot's metadata shares no value (request id, trace, correlation) with any signature request's. */
    private void assertNoSharedMetadata(String roundId, List<String> voters) {
        Set<String> signingValues = new HashSet<>();
        List<JsonNode> ballotMetadata = new ArrayList<>();
        for (Document event : api.events(roundId)) {
            JsonNode metaData = JSON.readTree(event.getString("metaData"));
            if (event.getString("payloadType").endsWith("BlindSignatureIssued")) {
                metaData.properties().forEach(entry -> signingValues.add(entry.getValue().toString()));
            } else if (event.getString("payloadType").endsWith("SecretBallotCast")) {
                ballotMetadata.add(metaData);
            }
        }
        assertThat(ballotMetadata).hasSize(voters.size());
        for (JsonNode metaData : ballotMetadata) {
            metaData.properties().forEach(entry -> assertThat(signingValues).as(entry.getKey())
                    .doesNotContain(entry.getValue().toString()));
        }
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
