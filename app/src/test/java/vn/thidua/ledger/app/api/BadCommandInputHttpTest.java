package vn.thidua.ledger.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.ledger.app.testsupport.CommandApi.HTQT;
import static vn.thidua.ledger.app.testsupport.CommandApi.SECRETARIAT;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.ledger.app.testsupport.CommandApi;
import vn.thidua.ledger.app.testsupport.HttpTest;

/**
 * Input that must be refused before any command reaches an aggregate: whatever the request, the
 * number of stored commits stays the same. The targets exist, so only the input is wrong.
 */
@HttpTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadCommandInputHttpTest {

    @Autowired
    CommandApi api;

    private String clusterId;
    private String campaignId;

    record Case(String name, String path, byte[] body, String code) {

        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    void aClusterAndItsCampaignExist() throws Exception {
        clusterId = api.formCluster();
        campaignId = api.campaignOpenForPledges();
    }

    private static Case json(String name, String path, String body, String code) {
        return new Case(name, path, body.getBytes(StandardCharsets.UTF_8), code);
    }

    private static String cluster(String idJson, String nameJson) {
        return """
                {"clusterId": %s, "name": %s, "firstYear": 2024, "units": [{"id": "vu-a", "name": "Vụ A"}]}
                """.formatted(idJson, nameJson);
    }

    Stream<Case> badInput() {
        String admissions = "/api/clusters/" + clusterId + "/admissions";
        String covenant = "/api/campaigns/" + campaignId + "/covenant-signatures";
        String pledges = "/api/campaigns/" + campaignId + "/pledges";
        List<Case> cases = new ArrayList<>();
        // wrong JSON types
        cases.add(json("year as text", "/api/clusters",
                "{\"clusterId\": \"c-x1\", \"name\": \"C\", \"firstYear\": \"năm 2024\", \"units\": []}", "MALFORMED_REQUEST"));
        cases.add(json("units as a string", "/api/clusters",
                "{\"clusterId\": \"c-x2\", \"name\": \"C\", \"firstYear\": 2024, \"units\": \"vu-a\"}", "MALFORMED_REQUEST"));
        cases.add(json("points as text", "/api/campaigns/" + campaignId + "/scorecards/" + HTQT + "/self-assessments",
                "{\"criterionId\": \"tc-1\", \"points\": \"năm mươi\"}", "MALFORMED_REQUEST"));
        cases.add(json("not JSON at all", "/api/clusters", "clusterId=c-x3", "MALFORMED_REQUEST"));
        cases.add(json("an array instead of an object", covenant, "[\"vu-htqt\"]", "MALFORMED_REQUEST"));
        // missing fields
        cases.add(json("empty object", "/api/clusters", "{}", "VALIDATION_FAILED"));
        cases.add(json("no unit in an admission", admissions, "{\"year\": 2025}", "VALIDATION_FAILED"));
        cases.add(json("no titles in a pledge", pledges,
                "{\"registrantId\": \"cc-1\", \"registrantName\": \"A\", \"kind\": \"INDIVIDUAL\", \"unitId\": \"vu-htqt\"}",
                "VALIDATION_FAILED"));
        cases.add(json("null unit id", covenant, "{\"unitId\": null}", "VALIDATION_FAILED"));
        // oversize strings
        cases.add(json("name over 300 characters", "/api/clusters", cluster("\"c-x4\"", "\"" + "Ư".repeat(301) + "\""),
                "VALIDATION_FAILED"));
        cases.add(json("id over 64 characters", "/api/clusters", cluster("\"" + "c".repeat(65) + "\"", "\"C\""),
                "VALIDATION_FAILED"));
        cases.add(json("reason over 20000 characters", "/api/clusters/" + clusterId + "/withdrawals",
                "{\"unitId\": \"vu-htqt\", \"year\": 2026, \"reason\": \"" + "x".repeat(20_001) + "\"}", "VALIDATION_FAILED"));
        // $-operators where ids go
        cases.add(json("operator object as id", "/api/clusters", cluster("{\"$gt\": \"\"}", "\"C\""), "MALFORMED_REQUEST"));
        cases.add(json("$where as id", "/api/clusters", cluster("\"$where\"", "\"C\""), "VALIDATION_FAILED"));
        cases.add(json("$ne as unit id", covenant, "{\"unitId\": \"$ne\"}", "VALIDATION_FAILED"));
        cases.add(json("operator object as unit id", covenant, "{\"unitId\": {\"$ne\": null}}", "MALFORMED_REQUEST"));
        cases.add(json("$where as path id", "/api/campaigns/$where/covenant-signatures", "{\"unitId\": \"vu-htqt\"}",
                "VALIDATION_FAILED"));
        // slashes and dots
        cases.add(json("slash in id", "/api/clusters", cluster("\"a/b\"", "\"C\""), "VALIDATION_FAILED"));
        cases.add(json("dot-dot as id", "/api/clusters", cluster("\"..\"", "\"C\""), "VALIDATION_FAILED"));
        cases.add(json("dot-dot as unit id", admissions, "{\"unit\": {\"id\": \"..\", \"name\": \"X\"}, \"year\": 2025}",
                "VALIDATION_FAILED"));
        cases.add(json("dots as path id", "/api/campaigns/.../covenant-signatures", "{\"unitId\": \"vu-htqt\"}",
                "VALIDATION_FAILED"));
        cases.add(json("encoded slash in path", "/api/campaigns/a%2Fb/covenant-signatures", "{\"unitId\": \"vu-htqt\"}",
                "MALFORMED_REQUEST"));
        cases.add(json("encoded dot-dot in path", "/api/clusters/%2e%2e/admissions",
                "{\"unit\": {\"id\": \"vu-x\", \"name\": \"X\"}, \"year\": 2025}", "MALFORMED_REQUEST"));
        // invalid UTF-8: 0xC3 must be followed by a continuation byte, 0x28 is not one
        byte[] prefix = "{\"clusterId\": \"c-x5\", \"name\": \"Vụ ".getBytes(StandardCharsets.UTF_8);
        byte[] suffix = "\", \"firstYear\": 2024, \"units\": [{\"id\": \"vu-a\", \"name\": \"A\"}]}"
                .getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[prefix.length + 2 + suffix.length];
        System.arraycopy(prefix, 0, broken, 0, prefix.length);
        broken[prefix.length] = (byte) 0xC3;
        broken[prefix.length + 1] = (byte) 0x28;
        System.arraycopy(suffix, 0, broken, prefix.length + 2, suffix.length);
        cases.add(new Case("invalid UTF-8 in a name", "/api/clusters", broken, "MALFORMED_REQUEST"));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void isRefusedWith400AndChangesNothing(Case bad) throws Exception {
        long before = api.commitCount();

        api.perform(SECRETARIAT, CommandApi.request(bad.path()).content(bad.body()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(bad.code()));

        assertThat(api.commitCount()).isEqualTo(before);
    }
}
