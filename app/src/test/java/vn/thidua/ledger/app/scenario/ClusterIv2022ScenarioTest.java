package vn.thidua.ledger.app.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.thidua.ledger.app.testsupport.DemoYearApi.eventually;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.assertj.core.groups.Tuple;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thidua.ledger.app.demo.ClusterIv2022Script;
import vn.thidua.ledger.app.demo.DemoLoader;
import vn.thidua.ledger.app.demo.DemoOutcome;
import vn.thidua.ledger.app.demo.DemoStep;
import vn.thidua.ledger.app.testsupport.DemoYearApi;
import vn.thidua.ledger.app.testsupport.DemoYearTest;
import vn.thidua.ledger.eventstore.MongoEventStorageEngine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.ledger.fixtures.Conference2022;

/**
 * Cluster IV's 2022, walked end to end over HTTP by {@link ClusterIv2022Script} as the secretariat,
 * the six units' representatives (who also cast their units' votes), on an empty ledger; then read
 * back through the public query API and the audit trail as the auditor. The figures asserted here
 * are the script's illustrative ones (docs/demo.md); the outcomes are the seed's: the General
 * Department of Civil Judgment Enforcement and the Department of General Issues on Law Making are
 * proposed for the Justice Sector Emulation Flag, the International Cooperation Department leads 2023.
 */
@DemoYearTest
class ClusterIv2022ScenarioTest {

    private static final String AUDITOR = "kiem-toan";
    private static final String AUDIT = "/api/audit/events?size=200&order=oldest";
    private static final String ROUND = "/api/public/rounds/btp-cum-iv-2022-suy-ton-co-thi-dua";
    private static final Map<String, String> REPRESENTATIVES = Map.of(
            "vu-htqt", "dai-dien-htqt", "tong-cuc-thads", "dai-dien-thads", "vu-cvdcxdpl", "dai-dien-cvdcxdpl",
            "minh-hoa-a", "dai-dien-minh-hoa-a", "minh-hoa-b", "dai-dien-minh-hoa-b", "minh-hoa-c", "dai-dien-minh-hoa-c");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private DemoLoader loader;
    @Autowired
    private MongoEventStorageEngine engine;
    @Autowired
    private Serializer serializer;
    @LocalServerPort
    private int port;
    private DemoYearApi api;

    @BeforeEach
    void yearLoaded() throws Exception {
        DemoOutcome outcome = DemoYearApi.loaded(loader);
        api = new DemoYearApi(port);
        // Every event is audited; once the audit has them all, the walk is over for every reader below.
        eventually(() -> assertThat(api.<Integer>read(AUDITOR, "/api/audit/events?size=1", "$.total"))
                .isEqualTo((int) outcome.storeHead()));
    }

    @Test
    void thePublishedRankingPutsTheCivilJudgmentEnforcementFirst() {
        eventually(() -> {
            String ranking = api.get(null, "/api/public/campaigns/btp-cum-iv-2022/ranking");
            assertThat(value(ranking, "$.ranking.status")).isEqualTo("PUBLISHED");
            assertThat(value(ranking, "$.ranking.rule.ruleCode")).isEqualTo("RANKING");
            assertThat(rows(ranking, "$.ranking.rows[*]", "rank", "unitId", "total")).containsExactly(
                    tuple(1, "tong-cuc-thads", 99), tuple(2, "vu-cvdcxdpl", 97), tuple(3, "vu-htqt", 95),
                    tuple(4, "minh-hoa-a", 91), tuple(5, "minh-hoa-b", 89), tuple(5, "minh-hoa-c", 89));
            assertThat(rows(ranking, "$.ranking.rows[1].adjustments[*]", "previousPoints", "points", "reviewer",
                    "reason")).containsExactly(tuple(58, 57, "thu-ky",
                    "Thẩm định: 01 đề án trình chậm so với kế hoạch năm (minh họa)"));
        });
    }

    /** The seed article gives no score: the demo's points and order are declared invented and shown so. */
    @Test
    void thePublishedRankingSaysItsPointsAndOrderAreIllustrative() {
        eventually(() -> {
            String ranking = api.get(null, "/api/public/campaigns/btp-cum-iv-2022/ranking");
            assertThat(rows(ranking, "$.illustrative", "label", "note")).containsExactly(
                    tuple("minh họa", Conference2022.ILLUSTRATIVE_FIGURES_NOTE));
            assertThat(value(ranking, "$.illustrative.figures")).isEqualTo(List.of("SCORES", "RANKING"));
            assertThat(value(api.get(AUDITOR, "/api/campaigns/btp-cum-iv-2023/ranking/draft"), "$.illustrative"))
                    .as("2023 declares nothing").isNull();
        });
    }

    @Test
    void theMemberUnitsSelectTwoCollectivesForTheSectorFlagByOpenVoteUnderR8() {
        eventually(() -> {
            String round = api.get(null, ROUND);
            assertThat(value(round, "$.status")).isEqualTo("CLOSED");
            assertThat(value(round, "$.titleName")).isEqualTo("Cờ thi đua ngành Tư pháp");
            assertThat(rows(round, "$.rule.rule", "ruleSetId", "ruleSetVersion", "ruleCode", "legalSource"))
                    .containsExactly(tuple("btp-thidua", 1, "R8", "Quy chế hoạt động Cụm thi đua [I: suy luận từ thực tiễn]"));
            assertThat(rows(round, "$.rule", "body", "ballot", "thresholdRatio", "comparison", "maxWinners"))
                    .containsExactly(tuple("MEMBER_UNITS", "OPEN", 0.5, "MORE_THAN", 2));
            assertThat(rows(round, "$.result", "quorumMet", "base", "baseCount", "requiredVotes"))
                    .containsExactly(tuple(true, "TOTAL_MEMBERSHIP", 6, 4));
            assertThat(value(round, "$.ballotsReceived")).isEqualTo(6);
            assertThat(rows(round, "$.result.tallies[*]", "registrantId", "approvals", "outcome")).containsExactly(
                    tuple("tong-cuc-thads", 5, "ELECTED"), tuple("vu-cvdcxdpl", 4, "ELECTED"),
                    tuple("vu-htqt", 2, "BELOW_THRESHOLD"));
            assertThat(value(round, "$.result.winners[*].registrantId"))
                    .isEqualTo(List.of("tong-cuc-thads", "vu-cvdcxdpl"));
            // The article names the winners, not the votes: the tallies are declared invented and shown so.
            assertThat(rows(round, "$.illustrative", "label", "note"))
                    .containsExactly(tuple("minh họa", Conference2022.ILLUSTRATIVE_TALLIES_NOTE));
        });
    }

    @Test
    void theProposalNamesBothWinnersForTheSectorEmulationFlag() {
        eventually(() -> {
            String proposal = api.get(null, "/api/public/decisions/2022_MH-01-TTR-CTDdIV");
            assertThat(rows(proposal, "$", "decisionNumber", "kind", "title", "titleName", "year", "signedOn", "roundId"))
                    .containsExactly(tuple("MH-01/TTr-CTĐIV", "PROPOSAL", "SECTOR_EMULATION_FLAG", "Cờ thi đua ngành Tư pháp",
                            2022, "2022-12-09", "btp-cum-iv-2022-suy-ton-co-thi-dua"));
            assertThat(rows(proposal, "$.recipients[*]", "registrantId", "status")).containsExactly(
                    tuple("tong-cuc-thads", "PROPOSED"), tuple("vu-cvdcxdpl", "PROPOSED"));
            assertThat(rows(api.get(null, "/api/public/units/tong-cuc-thads/awards"), "$.awards[*]",
                    "year", "titleName", "status", "decisionId"))
                    .containsExactly(tuple(2022, "Cờ thi đua ngành Tư pháp", "PROPOSED", "2022_MH-01-TTR-CTDdIV"));
        });
    }

    @Test
    void theYearSummaryShowsFullCoverageTheClosingReportAndThe2023Leadership() {
        eventually(() -> {
            String summary = api.get(null, "/api/public/clusters/btp-cum-iv/years/2022/summary");
            assertThat(rows(summary, "$.pledgeCoverage", "unitsRegistered", "memberUnits", "individualsRegistered",
                    "staff", "percent")).containsExactly(tuple(6, 6, 16, 16, 100.0));
            assertThat(rows(summary, "$.covenant", "signed", "memberUnits")).containsExactly(tuple(6, 6));
            assertThat(rows(summary, "$.nextYearLeadership", "year", "headUnitId", "deputyUnitId", "decisionNumber"))
                    .containsExactly(tuple(2023, "vu-htqt", "tong-cuc-thads", "MH-2999/QĐ-BTP"));
            assertThat(value(summary, "$.rounds[0].winners")).isEqualTo(
                    List.of("Tổng cục Thi hành án dân sự", "Vụ Các vấn đề chung về xây dựng pháp luật"));
            assertThat(value(summary, "$.decisions[*].decisionId"))
                    .isEqualTo(List.of("2022_MH-15-QDd-BTP", "2022_MH-01-TTR-CTDdIV", "2022_MH-2999-QDd-BTP"));
            assertThat(this.<String>read(summary, "$.closing.summary"))
                    .contains("Vụ Hợp tác quốc tế làm Trưởng Cụm năm 2023");
            assertThat(api.<Double>read(AUDITOR, "/api/campaigns/btp-cum-iv-2022/pledges", "$.coverage.percent"))
                    .isEqualTo(100.0);
        });
    }

    @Test
    void theConferenceOf9December2022IsInTheYearSummaryWithItsChairDraftCommentsAndHandover() {
        eventually(() -> {
            String summary = api.get(null, "/api/public/clusters/btp-cum-iv/years/2022/summary");
            assertThat(this.<String>read(summary, "$.clusterName"))
                    .isEqualTo("Cụm thi đua số IV – Khối các đơn vị thuộc Bộ Tư pháp");
            assertThat(rows(summary, "$.conference", "heldOn", "chairedBy"))
                    .containsExactly(tuple("2022-12-09", "Thứ trưởng Bộ Tư pháp Mai Lương Khôi"));
            assertThat(this.<String>read(summary, "$.conference.draft.presentedBy"))
                    .isEqualTo("Phó Vụ trưởng Vụ Hợp tác quốc tế Đào Quý Lộc");
            assertThat(rows(summary, "$.conference.comments[*]", "number", "unitId"))
                    .containsExactly(tuple(1, "tong-cuc-thads"), tuple(2, "vu-cvdcxdpl"));
            assertThat(rows(summary, "$.leadership", "year", "headUnitId", "decisionNumber"))
                    .containsExactly(tuple(2022, "vu-cvdcxdpl", "MH-15/QĐ-BTP"));
            assertThat(rows(summary, "$.handover", "year", "outgoingHeadName", "incomingHeadName", "handedOverOn"))
                    .containsExactly(tuple(2023, "Vụ Các vấn đề chung về xây dựng pháp luật", "Vụ Hợp tác quốc tế",
                            "2022-12-09"));
        });
    }

    @Test
    void theInternationalCooperationDepartmentHeads2023AndEveryMemberSignedThe2023Covenant() {
        eventually(() -> {
            String summary = api.get(null, "/api/public/clusters/btp-cum-iv/years/2023/summary");
            assertThat(rows(summary, "$.leadership", "headUnitId", "headName", "deputyUnitId"))
                    .containsExactly(tuple("vu-htqt", "Vụ Hợp tác quốc tế", "tong-cuc-thads"));
            assertThat(rows(summary, "$.campaign", "campaignId", "ruleSetId", "ruleSetVersion"))
                    .containsExactly(tuple("btp-cum-iv-2023", "btp-thidua", 1));
            assertThat(rows(summary, "$.covenant", "signed", "memberUnits")).containsExactly(tuple(6, 6));
        });
    }

    /** The audit trail holds every request of the script, in order, each by its actor and with its reason. */
    @Test
    void theAuditTrailRecordsEveryStepByItsActorWithItsReason() {
        String audit = api.get(AUDITOR, AUDIT);
        Map<String, List<Object>> byRequest = new LinkedHashMap<>();
        List<Map<String, Object>> items = read(audit, "$.items[*]");
        items.forEach(item -> byRequest.putIfAbsent((String) item.get("requestId"),
                List.of(item.get("actor"), item.get("reason"))));
        assertThat(byRequest.values()).containsExactlyElementsOf(ClusterIv2022Script.steps().stream()
                .map(step -> List.<Object>of(step.actor(), step.reason())).toList());
        assertThat(ClusterIv2022Script.steps()).extracting(DemoStep::actor).doesNotContain(AUDITOR);
    }

    /**
     * The audit history keeps no copy of the payloads: each entry shows the text the ledger stores at its position (a
     * secret ballot's without its choices: AuditHistoryHttpTest, the demo year votes openly).
     */
    @Test
    void everyAuditEntryShowsThePayloadTheLedgerStoresAtItsPosition() {
        Map<Long, JsonNode> stored = new HashMap<>();
        try (Stream<? extends TrackedEventMessage<?>> events = engine.readEvents(null, false)) {
            events.forEach(event -> stored.put(event.trackingToken().position().orElseThrow(),
                                               JSON.readTree(event.serializePayload(serializer, String.class).getData())));
        }
        Map<Long, JsonNode> shown = new HashMap<>();
        for (int page = 0; shown.size() < stored.size(); page++) {
            JsonNode items = JSON.readTree(api.get(AUDITOR, AUDIT + "&page=" + page)).get("items");
            assertThat(items).as("page %d of the audit history", page).isNotEmpty();
            items.forEach(item -> shown.put(item.get("position").asLong(), item.get("payload")));
        }
        assertThat(shown).isEqualTo(stored);
    }

    @Test
    void theSecretariatLaunchesAppraisesPublishesAndDecides() {
        for (String type : List.of("CampaignLaunched", "RegistrationWindowSet", "PledgeRegistered", "ScoreAdjusted",
                "ScorecardFinalised", "IllustrativeFiguresDeclared", "IllustrativeTalliesDeclared",
                "RankingPublished", "NominationRoundOpened", "NominationRoundClosed", "CommendationDecided",
                "AppointmentDecided", "YearEndConferenceHeld", "DraftSummaryPresented", "SummaryCommentRecorded",
                "LeadershipHandedOver", "CampaignClosed")) {
            String audit = api.get(AUDITOR, AUDIT + "&type=" + type);
            assertThat(this.<List<String>>read(audit, "$.items[*].actor")).as(type).isNotEmpty().containsOnly("thu-ky");
            assertThat(this.<List<List<String>>>read(audit, "$.items[*].roles")).as(type)
                    .containsOnly(List.of("SECRETARIAT"));
        }
    }

    @Test
    void eachRepresentativeSignsScoresAndVotesForItsOwnUnitOnly() {
        assertActedForOwnUnit("CovenantSigned", "$.unit.id", 12);
        assertActedForOwnUnit("ScoreSelfAssessed", "$.unit.id", 22);
        assertActedForOwnUnit("OpenBallotCast", "$.voterId", 6);
    }

    /** The pledges are the 2022 paper register, transcribed today: the form's date in the payload, today's stamp. */
    @Test
    void pledgesCarryThePaperFormsDateWhileTheTrailShowsWhenTheyWereTranscribed() {
        String audit = api.get(AUDITOR, AUDIT + "&type=PledgeRegistered");
        assertThat(this.<List<String>>read(audit, "$.items[*].payload.registeredOn"))
                .containsOnly("2022-02-25", "2022-03-10");
        assertThat(this.<List<String>>read(audit, "$.items[*].timestamp")).noneMatch(stamp -> stamp.startsWith("2022"));
    }

    @Test
    void ruleBearingEventsNameTheRuleSetVersionTheyApplied() {
        assertThat(ruleCodes("RankingPublished")).containsExactly("btp-thidua v1 RANKING");
        assertThat(ruleCodes("NominationRoundOpened")).contains("btp-thidua v1 R8");
        assertThat(ruleCodes("NominationRoundClosed")).containsExactly("btp-thidua v1 R8");
        assertThat(ruleCodes("CommendationDecided")).containsExactly("btp-thidua v1 R8");
        assertThat(ruleCodes("AppointmentDecided")).containsExactly("btp-thidua v1 R11");
        String launches = api.get(AUDITOR, AUDIT + "&type=CampaignLaunched");
        assertThat(rows(launches, "$.items[*].payload", "campaignId", "ruleSetId", "ruleSetVersion")).containsExactly(
                tuple("btp-cum-iv-2022", "btp-thidua", 1), tuple("btp-cum-iv-2023", "btp-thidua", 1));
    }

    private void assertActedForOwnUnit(String type, String unitPath, int expected) {
        List<Map<String, Object>> items = read(api.get(AUDITOR, AUDIT + "&type=" + type), "$.items[*]");
        assertThat(items).as(type).hasSize(expected).allSatisfy(item -> {
            String unitId = JsonPath.read(item.get("payload"), unitPath);
            assertThat(item.get("actor")).as(type + " for " + unitId).isEqualTo(REPRESENTATIVES.get(unitId));
            assertThat(item.get("actingUnitId")).isEqualTo(unitId);
            assertThat((String) item.get("reason")).isNotBlank();
        });
    }

    private List<String> ruleCodes(String type) {
        List<Map<String, Object>> rules = read(api.get(AUDITOR, AUDIT + "&type=" + type), "$.items[*].rules[*]");
        return rules.stream().map(rule -> rule.get("ruleSetId") + " v" + rule.get("ruleSetVersion") + " "
                + rule.get("ruleCode")).distinct().toList();
    }

    private Object value(String json, String path) {
        return JsonPath.read(json, path);
    }

    private <T> T read(String json, String path) {
        return JsonPath.read(json, path);
    }

    /** The given fields of each object at {@code path} (one object or a list), as AssertJ tuples. */
    private List<Tuple> rows(String json, String path, String... fields) {
        Object found = read(json, path);
        List<?> objects = found instanceof List<?> list ? list : List.of(found);
        return objects.stream().map(object -> tuple(Arrays.stream(fields)
                .map(field -> ((Map<?, ?>) object).get(field)).toArray())).toList();
    }
}
