package vn.thidua.ledger.app.testsupport;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.thidua.ledger.fixtures.ClusterIv2022;

/**
 * Drives the command API as the demo users of docs/security.md, and looks into the event store
 * the way an auditor would: the stored commits, their payload and metadata JSON.
 */
@Component
public class CommandApi {

    public static final String SECRETARIAT = "thu-ky";
    public static final String REP_HTQT = "dai-dien-htqt";
    public static final String REP_THADS = "dai-dien-thads";
    public static final String VOTER_1 = "bieu-quyet-1";
    public static final String AUDITOR = "kiem-toan";

    /** Units of the demo users (demo-users.yml): Cluster IV's, as the cluster-iv-2022 module names them. */
    public static final String HTQT = ClusterIv2022.HTQT.id();
    public static final String HTQT_NAME = ClusterIv2022.HTQT.name();
    public static final String THADS = ClusterIv2022.THADS.id();
    public static final String THADS_NAME = ClusterIv2022.THADS.name();
    public static final String ILLUSTRATIVE = ClusterIv2022.MINH_HOA_A.id();
    public static final String ILLUSTRATIVE_NAME = ClusterIv2022.MINH_HOA_A.name();
    public static final int YEAR = 2024;

    private static final Map<String, String> PASSWORDS = Map.of(SECRETARIAT, "thuky-demo-2022",
            REP_HTQT, "htqt-demo-2022", REP_THADS, "thads-demo-2022", VOTER_1, "bieuquyet-demo-2022",
            "bieu-quyet-2", "bieuquyet-demo-2022", "bieu-quyet-3", "bieuquyet-demo-2022", AUDITOR, "kiemtoan-demo-2022");

    private final MockMvc mvc;
    private final MongoDatabase database;

    public CommandApi(MockMvc mvc, MongoDatabase database) {
        this.mvc = mvc;
        this.database = database;
    }

    /** Ids unique in the shared test store, readable in failures. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A POST of JSON as {@code user}; null posts anonymously. */
    public ResultActions post(String user, String path, String json) throws Exception {
        return perform(user, request(path).content(json.getBytes(StandardCharsets.UTF_8)));
    }

    public ResultActions perform(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(user == null ? request : request.with(httpBasic(user, PASSWORDS.get(user))));
    }

    public static MockHttpServletRequestBuilder request(String path) {
        return MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON);
    }

    /** A POST that must succeed with 201. */
    public void created(String user, String path, String json) throws Exception {
        post(user, path, json).andExpect(status().isCreated());
    }

    /** Waits until every view has reached the ledger's head ({@link ViewsCaughtUp}). */
    public void awaitViewsCaughtUp() {
        ViewsCaughtUp.await(mvc);
    }

    /**
     * The event store's global index counter: it moves with every append, void commits included, and is one
     * {@code _id} lookup however large the store (counting commits is a scan on the embedded server).
     */
    public long storeHead() {
        Document counter = database.getCollection("eventCounters").find(Filters.eq("_id", "globalIndex")).first();
        return counter == null ? 0 : counter.get("value", Number.class).longValue();
    }

    public long commitCount() {
        return database.getCollection("eventCommits").countDocuments();
    }

    /** The stored events of one aggregate, in order: each with {@code payloadType}, {@code payload}, {@code metaData} JSON. */
    public List<Document> events(String aggregateId) {
        List<Document> events = new ArrayList<>();
        database.getCollection("eventCommits").find(Filters.eq("aggregateId", aggregateId))
                .sort(new Document("firstSequence", 1))
                .forEach(commit -> events.addAll(commit.getList("events", Document.class)));
        return events;
    }

    public Document lastEvent(String aggregateId) {
        List<Document> events = events(aggregateId);
        return events.get(events.size() - 1);
    }

    // ---- a cluster-year, step by step ----

    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    /** A cluster of three units (two with demo representatives), from {@link #YEAR}. */
    public String formCluster() throws Exception {
        String clusterId = unique("cum");
        created(SECRETARIAT, "/api/clusters", """
                {"clusterId": "%s", "name": "Cụm thi đua số IV (kiểm thử)", "firstYear": %d,
                 "units": [{"id": "%s", "name": "%s"}, {"id": "%s", "name": "%s"}, {"id": "%s", "name": "%s"}]}
                """.formatted(clusterId, YEAR, HTQT, HTQT_NAME, THADS, THADS_NAME, ILLUSTRATIVE, ILLUSTRATIVE_NAME));
        return clusterId;
    }

    /** Launched with one scored criterion (max 60) and a bonus item (max 5); returns the campaign id. */
    public String launchCampaign(String clusterId) throws Exception {
        created(SECRETARIAT, "/api/campaigns", """
                {"clusterId": "%s", "year": %d, "name": "Phong trào thi đua năm %d",
                 "criteria": [{"criterionId": "tc-1", "name": "Thực hiện nhiệm vụ", "kind": "SCORED", "maxPoints": 60},
                              {"criterionId": "thuong", "name": "Điểm thưởng", "kind": "BONUS", "maxPoints": 5}]}
                """.formatted(clusterId, YEAR, YEAR));
        return clusterId + "-" + YEAR;
    }

    /** A campaign whose registration window is open today. */
    public String campaignOpenForPledges() throws Exception {
        String campaignId = launchCampaign(formCluster());
        created(SECRETARIAT, "/api/campaigns/" + campaignId + "/registration-window",
                "{\"opensOn\": \"%s\", \"closesOn\": \"%s\"}".formatted(today().minusDays(30), today().plusDays(30)));
        return campaignId;
    }

    public void pledgeFlag(String campaignId, String unitId, String unitName) throws Exception {
        created(SECRETARIAT, "/api/campaigns/" + campaignId + "/pledges", """
                {"registrantId": "%s", "registrantName": "%s", "kind": "UNIT", "unitId": "%s", "staffCount": 120,
                 "titles": ["SECTOR_EMULATION_FLAG"]}
                """.formatted(unitId, unitName, unitId));
    }

    /** An open, member-unit round for the sector flag with the Civil Judgment Enforcement as candidate. */
    public String flagRound(String campaignId) throws Exception {
        pledgeFlag(campaignId, THADS, THADS_NAME);
        String roundId = unique("co");
        created(SECRETARIAT, "/api/rounds", """
                {"roundId": "%s", "campaignId": "%s", "title": "SECTOR_EMULATION_FLAG", "body": "MEMBER_UNITS",
                 "candidateIds": ["%s"]}
                """.formatted(roundId, campaignId, THADS));
        return roundId;
    }

    /** A campaign whose three members self-assessed one criterion and were finalised: ready to publish. */
    public String campaignReadyToPublish() throws Exception {
        String campaignId = launchCampaign(formCluster());
        String base = "/api/campaigns/" + campaignId;
        int points = 50;
        for (String unit : new String[] {HTQT, THADS, ILLUSTRATIVE}) {
            created(SECRETARIAT, base + "/scorecards/" + unit + "/self-assessments",
                    "{\"criterionId\": \"tc-1\", \"points\": %d}".formatted(points++));
            created(SECRETARIAT, base + "/scorecards/" + unit + "/finalisation", "");
        }
        return campaignId;
    }

    /** The flag round, voted by two of three members and closed: the Civil Judgment Enforcement won. */
    public String closedFlagRound(String campaignId) throws Exception {
        String roundId = flagRound(campaignId);
        created(REP_HTQT, "/api/rounds/" + roundId + "/ballots",
                "{\"voterId\": \"%s\", \"approved\": [\"%s\"]}".formatted(HTQT, THADS));
        created(SECRETARIAT, "/api/rounds/" + roundId + "/written-votes",
                "{\"voterId\": \"%s\", \"approved\": [\"%s\"]}".formatted(ILLUSTRATIVE, THADS));
        created(SECRETARIAT, "/api/rounds/" + roundId + "/closure", "");
        return roundId;
    }
}
