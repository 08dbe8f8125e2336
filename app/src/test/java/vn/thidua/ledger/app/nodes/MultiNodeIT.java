package vn.thidua.ledger.app.nodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Several nodes, for real (docs/operations.md, "Scaling out"): a command node that also hosts the embedded
 * store on a fixed loopback port, and two query nodes that reach that store through {@code MONGODB_URI}, each a
 * separate JVM running the packaged jar. Commands go to the command node, reads to both query nodes. When one
 * query node is killed with {@code kill -9}, the other takes its views over within the claim timeout, and every
 * view then equals a full rebuild of itself.
 */
class MultiNodeIT {

    private static final String USER = "van-hanh";
    private static final String PASSWORD = "van-hanh-" + UUID.randomUUID();
    /** Short, so that the take-over is quick to see; production keeps the default (docs/operations.md). */
    private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(5);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<LedgerNode> nodes = new ArrayList<>();

    @AfterEach
    void stopNodes() throws InterruptedException {
        for (LedgerNode node : nodes) {
            node.close();
        }
    }

    @Test
    @Timeout(600)
    void aQueryNodeKilledHasItsViewsTakenOverByTheOtherAndEveryViewEqualsItsRebuild() throws Exception {
        int storePort = LedgerNode.freePort();
        Path dataDir = Files.createTempDirectory("thidua-nodes");
        LedgerNode command = start("command", "--thidua.role=command", "--thidua.data-dir=" + dataDir,
                "--thidua.mongo.embedded.port=" + storePort);
        String storeUri = "--thidua.mongo.uri=mongodb://127.0.0.1:" + storePort;
        LedgerNode first = start("query-1", "--thidua.role=query", storeUri);
        LedgerNode second = start("query-2", "--thidua.role=query", storeUri);

        String clusterId = "cum-" + UUID.randomUUID().toString().substring(0, 8);
        String campaignId = aCampaignOpenForPledges(command, clusterId);
        pledges(command, campaignId, 0, 20);
        for (LedgerNode reader : List.of(first, second)) {
            await(reader.name() + " serves the new cluster").atMost(Duration.ofMinutes(2))
                    .until(() -> reader.get("/api/public/clusters/" + clusterId).statusCode() == 200);
        }

        first.kill();
        pledges(command, campaignId, 20, 40);
        long head = caughtUp(second, CLAIM_TIMEOUT.multipliedBy(6).plusMinutes(1));

        Map<String, String> live = checksums(second);
        assertThat(second.post("/api/admin/views/rebuild", "{}").statusCode()).isEqualTo(202);
        assertThat(caughtUp(second, Duration.ofMinutes(3))).isEqualTo(head);
        assertThat(checksums(second)).isEqualTo(live);
        assertThat(JSON.readTree(second.get("/api/campaigns/" + campaignId + "/pledges/vu-htqt").body())
                       .path("registrations").path("totalItems").asInt()).isEqualTo(40);
    }

    private LedgerNode start(String name, String... arguments) throws Exception {
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD);
        List<String> all = new ArrayList<>(List.of(arguments));
        all.addAll(List.of("--thidua.demo.mode=off", "--thidua.event-store.claim-timeout=" + CLAIM_TIMEOUT.toSeconds() + "s",
                "--thidua.security.users[0].username=" + USER, "--thidua.security.users[0].password=" + hash,
                "--thidua.security.users[0].roles[0]=SECRETARIAT"));
        LedgerNode node = LedgerNode.start(name, all, USER, PASSWORD);
        nodes.add(node);
        return node;
    }

    private static String aCampaignOpenForPledges(LedgerNode node, String clusterId) throws Exception {
        created(node, "/api/clusters", """
                {"clusterId": "%s", "name": "Cụm thi đua nhiều nút (kiểm thử)", "firstYear": 2024,
                 "units": [{"id": "vu-htqt", "name": "Vụ Hợp tác quốc tế"}]}""".formatted(clusterId));
        created(node, "/api/campaigns", """
                {"clusterId": "%s", "year": 2024, "name": "Phong trào thi đua năm 2024",
                 "criteria": [{"criterionId": "tc-1", "name": "Thực hiện nhiệm vụ", "kind": "SCORED", "maxPoints": 60}]}
                """.formatted(clusterId));
        String campaignId = clusterId + "-2024";
        LocalDate today = LocalDate.now();
        created(node, "/api/campaigns/" + campaignId + "/registration-window",
                "{\"opensOn\": \"%s\", \"closesOn\": \"%s\"}".formatted(today.minusDays(30), today.plusDays(30)));
        return campaignId;
    }

    private static void pledges(LedgerNode node, String campaignId, int from, int to) throws Exception {
        for (int i = from; i < to; i++) {
            created(node, "/api/campaigns/" + campaignId + "/pledges", """
                    {"registrantId": "cc-%d", "registrantName": "Công chức %d", "kind": "INDIVIDUAL", "unitId": "vu-htqt",
                     "titles": ["ADVANCED_WORKER"]}""".formatted(i, i));
        }
    }

    private static void created(LedgerNode node, String path, String json) throws Exception {
        var response = node.post(path, json);
        assertThat(response.statusCode()).as("%s %s", path, response.body()).isEqualTo(201);
    }

    /** Waits until every view of {@code node} stands at the head, and returns the head. */
    private static long caughtUp(LedgerNode node, Duration limit) {
        long[] head = new long[1];
        await(node.name() + "'s views at the head").atMost(limit).pollInterval(Duration.ofMillis(500)).until(() -> {
            JsonNode views = JSON.readTree(node.get("/api/admin/views").body());
            boolean all = views.size() > 0;
            for (JsonNode view : views) {
                head[0] = view.path("head").asLong();
                // Positions, not the replaying flag: after a reset it can stay true until the next event (ARCHITECTURE.md).
                all &= view.path("position").asLong() == head[0];
            }
            return all;
        });
        return head[0];
    }

    private static Map<String, String> checksums(LedgerNode node) throws Exception {
        Map<String, String> checksums = new LinkedHashMap<>();
        for (JsonNode view : JSON.readTree(node.get("/api/admin/views").body())) {
            String name = view.path("name").asString();
            checksums.put(name, JSON.readTree(node.get("/api/admin/views/" + name + "/checksum").body())
                                    .path("checksum").asString());
        }
        return checksums;
    }
}
