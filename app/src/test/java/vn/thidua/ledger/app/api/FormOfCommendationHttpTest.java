package vn.thidua.ledger.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.ledger.app.testsupport.CommandApi.HTQT;
import static vn.thidua.ledger.app.testsupport.CommandApi.REP_THADS;
import static vn.thidua.ledger.app.testsupport.CommandApi.SECRETARIAT;
import static vn.thidua.ledger.app.testsupport.CommandApi.THADS;
import static vn.thidua.ledger.app.testsupport.CommandApi.unique;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.web.util.UriUtils;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.ledger.app.testsupport.CommandApi;
import vn.thidua.ledger.app.testsupport.HttpTest;
import vn.thidua.ledger.events.common.DecisionId;

/**
 * POST /api/decisions/forms against the embedded store: a form of commendation without a nomination round, to a
 * member unit and a registrant of the campaign, shown in the decision, the cluster's list of the year and the unit's
 * award record; each refusal with its code. The person and the numbers are illustrative (minh họa).
 */
@HttpTest
class FormOfCommendationHttpTest {

    private static final String FORMS = "/api/decisions/forms";

    @Autowired
    CommandApi api;

    private static String form(String number, String issuer, String kind, String form, String campaignId,
                               String... recipients) {
        return """
                {"decisionNumber": "%s", "signedOn": "2025-02-01", "signedBy": "Bộ trưởng Bộ Tư pháp (minh họa)",
                 "issuer": "%s", "kind": "%s", "form": "%s", "campaignId": "%s",
                 "achievement": "Thành tích xuất sắc trong công tác thi hành án (minh họa)",
                 "recipients": [%s]}
                """.formatted(number, issuer, kind, form, campaignId,
                "\"" + String.join("\", \"", recipients) + "\"");
    }

    /** A campaign with a registrant of THADS besides its member units. */
    private String campaignWithAPerson(String personId) throws Exception {
        String campaignId = api.campaignOpenForPledges();
        api.created(SECRETARIAT, "/api/campaigns/" + campaignId + "/pledges", """
                {"registrantId": "%s", "registrantName": "Cán bộ Thi hành án (minh họa)", "kind": "INDIVIDUAL",
                 "unitId": "%s", "titles": ["ADVANCED_WORKER"]}""".formatted(personId, THADS));
        return campaignId;
    }

    @Test
    void theMinistersCertificateOfMeritGoesToAUnitAndAPersonAndShowsInTheirRecords() throws Exception {
        String person = unique("cb-thads");
        String campaignId = campaignWithAPerson(person);
        String number = unique("215") + "/QĐ-BTP";
        String decisionId = DecisionId.of(2025, number).value();

        api.perform(SECRETARIAT, CommandApi.request(FORMS).header("X-Reason", UriUtils.encode("Khen thưởng đột xuất", StandardCharsets.UTF_8))
                        .content(form(number, "MINISTER", "AWARD", "MINISTER_CERTIFICATE_OF_MERIT", campaignId, THADS,
                                person).getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/public/decisions/" + decisionId))
                .andExpect(jsonPath("$.decisionId").value(decisionId));
        assertThat(api.lastEvent(decisionId).getString("payloadType")).endsWith("FormOfCommendationDecided");
        assertThat(api.lastEvent(decisionId).getString("payload")).contains(
                "\"form\":\"MINISTER_CERTIFICATE_OF_MERIT\"", "\"issuer\":\"MINISTER\"",
                "\"ruleCode\":\"FORM_COMPETENCE\"", "\"name\":\"Cán bộ Thi hành án (minh họa)\"",
                "\"name\":\"" + CommandApi.THADS_NAME + "\"");
        assertThat(api.lastEvent(decisionId).getString("metaData")).contains("\"reason\":\"Khen thưởng đột xuất\"");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> api.perform(null,
                        get("/api/public/decisions/" + decisionId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.category").value("FORM_OF_COMMENDATION"))
                .andExpect(jsonPath("$.form.formName").value("Bằng khen của Bộ trưởng"))
                .andExpect(jsonPath("$.form.issuer").value("MINISTER"))
                .andExpect(jsonPath("$.recipients[*].registrantId", containsInAnyOrder(THADS, person))));
        String clusterId = campaignId.substring(0, campaignId.lastIndexOf('-'));
        String year = campaignId.substring(campaignId.lastIndexOf('-') + 1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            api.perform(null, get("/api/public/clusters/" + clusterId + "/years/" + year + "/decisions"))
                    .andExpect(jsonPath("$..decisionId", hasItem(decisionId)));
            api.perform(null, get("/api/public/units/" + THADS + "/awards"))
                    .andExpect(jsonPath("$.awards[?(@.decisionId == '" + decisionId + "')].holder",
                            containsInAnyOrder("COLLECTIVE", "INDIVIDUAL")))
                    .andExpect(jsonPath("$.awards[?(@.decisionId == '" + decisionId + "')].form.formName",
                            contains("Bằng khen của Bộ trưởng", "Bằng khen của Bộ trưởng")));
        });
    }

    @Test
    void theMinisterAwardingALabourOrderIs409WrongIssuerLevelButHeMayProposeIt() throws Exception {
        String campaignId = api.campaignOpenForPledges();
        String number = unique("30") + "/QĐ-BTP";
        api.post(SECRETARIAT, FORMS, form(number, "MINISTER", "AWARD", "LABOUR_ORDER_THIRD_CLASS", campaignId, THADS))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("WRONG_ISSUER_LEVEL"));
        api.created(SECRETARIAT, FORMS, form(unique("31") + "/TTr-BTP", "MINISTER", "PROPOSAL",
                "LABOUR_ORDER_THIRD_CLASS", campaignId, THADS));
    }

    @Test
    void anUnknownFormIs400AndAStrangerOrAnUnknownCampaignIsRefused() throws Exception {
        String campaignId = api.campaignOpenForPledges();
        api.post(SECRETARIAT, FORMS, form(unique("40") + "/QĐ-BTP", "MINISTER", "AWARD", "HUY_CHUONG_VANG",
                        campaignId, THADS))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        api.post(SECRETARIAT, FORMS, form(unique("41") + "/QĐ-BTP", "MINISTER", "AWARD",
                        "MINISTER_CERTIFICATE_OF_MERIT", campaignId, THADS, unique("nguoi-la")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("NOT_REGISTERED_IN_CAMPAIGN"));
        api.post(SECRETARIAT, FORMS, form(unique("42") + "/QĐ-BTP", "MINISTER", "AWARD",
                        "MINISTER_CERTIFICATE_OF_MERIT", unique("khong-co") + "-2025", HTQT))
                .andExpect(status().isNotFound());
    }

    @Test
    void aUnitHeadsCertificateIsRevokedOnALegalGroundAndShownRevoked() throws Exception {
        String campaignId = api.campaignOpenForPledges();
        String number = unique("50") + "/QĐ-BTP";
        String decisionId = DecisionId.of(2025, number).value();
        api.created(SECRETARIAT, FORMS, form(number, "UNIT_HEAD", "AWARD", "UNIT_HEAD_CERTIFICATE", campaignId, THADS));
        String revocation = """
                {"recipientId": "%s", "revocationDecisionNumber": "9/QĐ-BTP", "revokedOn": "2025-03-01",
                 "ground": "FALSE_DECLARATION", "reason": "Khai man thành tích"}
                """.formatted(THADS);
        api.post(SECRETARIAT, "/api/decisions/" + decisionId + "/revocations", revocation)
                .andExpect(status().isCreated());
        assertThat(api.lastEvent(decisionId).getString("payloadType")).endsWith("FormOfCommendationRevoked");
        assertThat(api.lastEvent(decisionId).getString("payload")).contains(
                "\"form\":\"UNIT_HEAD_CERTIFICATE\"", "\"ruleCode\":\"R10\"");
        assertThat(api.lastEvent(decisionId).getString("metaData")).contains("\"reason\":\"Khai man thành tích\"");
        api.post(SECRETARIAT, "/api/decisions/" + decisionId + "/revocations", revocation)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("AWARD_ALREADY_REVOKED"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> api.perform(null,
                        get("/api/public/decisions/" + decisionId))
                .andExpect(jsonPath("$.recipients[0].status").value("REVOKED"))
                .andExpect(jsonPath("$.recipients[0].revocation.revocationDecisionNumber").value("9/QĐ-BTP")));
        api.awaitViewsCaughtUp();
        api.perform(null, get("/api/public/units/" + THADS + "/awards"))
                .andExpect(jsonPath("$.awards[?(@.decisionId == '" + decisionId + "')].revocation.ground",
                        contains("FALSE_DECLARATION")));
    }

    @Test
    void onlyTheSecretariatRecordsAForm() throws Exception {
        api.post(REP_THADS, FORMS, form("1/QĐ-BTP", "MINISTER", "AWARD", "MINISTER_CERTIFICATE_OF_MERIT", "c-2025",
                        THADS))
                .andExpect(status().isForbidden());
    }
}
