package vn.thidua.ledger.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.ledger.app.testsupport.CommandApi.SECRETARIAT;
import static vn.thidua.ledger.app.testsupport.CommandApi.THADS;
import static vn.thidua.ledger.app.testsupport.CommandApi.unique;

import java.time.Duration;
import java.time.LocalDate;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.ledger.app.testsupport.CommandApi;
import vn.thidua.ledger.app.testsupport.EventFeed;
import vn.thidua.ledger.app.testsupport.HttpTest;
import vn.thidua.ledger.events.common.DecisionId;
import vn.thidua.ledger.events.decision.CommendationDecided;
import vn.thidua.ledger.events.decision.CommendationKind;
import vn.thidua.ledger.fixtures.ClusterIv2022;
import vn.thidua.ledger.fixtures.ClusterIv2022Events;

/**
 * Issue 12, item 4: a decision is known by issuer + year + number (docs/decisions.md), and the decisions recorded
 * before that, under their legacy ids, are still read, revoked and not recorded a second time.
 */
@HttpTest
class DecisionIdentityHttpTest {

    @Autowired
    CommandApi api;
    @Autowired
    EventStore eventStore;

    private static String commendation(String number, String signedOn, String roundId) {
        return """
                {"decisionNumber": "%s", "signedOn": "%s", "signedBy": "Bộ trưởng Bộ Tư pháp",
                 "kind": "AWARD", "roundId": "%s", "recipients": ["%s"]}
                """.formatted(number, signedOn, roundId, THADS);
    }

    @Test
    void theSameNumberSignedInTheNextYearIsAnotherDecisionAndItsUrlSaysTheYear() throws Exception {
        String roundId = api.closedFlagRound(api.campaignOpenForPledges());
        String number = unique("01") + "/TTr-CTĐIV";
        String id2024 = DecisionId.of(2024, number).value();
        String id2025 = DecisionId.of(2025, number).value();

        api.post(SECRETARIAT, "/api/decisions/commendations", commendation(number, "2024-12-20", roundId))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.decisionId").value(id2024))
                .andExpect(header().string("Location", "/api/public/decisions/" + id2024));
        api.post(SECRETARIAT, "/api/decisions/commendations", commendation(number, "2025-01-05", roundId))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.decisionId").value(id2025));
        api.post(SECRETARIAT, "/api/decisions/commendations", commendation(number, "2025-03-01", roundId))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ALREADY_EXISTS"));
        assertThat(id2024).startsWith("2024_").contains("-TTR-CTDdIV");
    }

    @Test
    void qđAndQdAreTwoNumbers() throws Exception {
        String roundId = api.closedFlagRound(api.campaignOpenForPledges());
        String serial = unique("7");
        api.created(SECRETARIAT, "/api/decisions/commendations", commendation(serial + "/QĐ-BTP", "2024-12-20", roundId));
        api.post(SECRETARIAT, "/api/decisions/commendations", commendation(serial + "/QD-BTP", "2024-12-20", roundId))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.decisionId").value(DecisionId.of(2024, serial + "/QD-BTP").value()));
    }

    @Test
    void aNumberOutsideTheVietnameseAlphabetOrWithoutItsDateIsAProblem() throws Exception {
        String roundId = api.closedFlagRound(api.campaignOpenForPledges());
        api.post(SECRETARIAT, "/api/decisions/commendations", commendation("7/QД-BTP", "2024-12-20", roundId))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_INPUT"));
        api.post(SECRETARIAT, "/api/decisions/commendations", """
                        {"decisionNumber": "8/QĐ-BTP", "signedBy": "Bộ trưởng", "kind": "AWARD", "roundId": "%s",
                         "recipients": ["%s"]}""".formatted(roundId, THADS))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aDecisionRecordedUnderItsLegacyIdIsReadAndRevokedUnderItAndNotRecordedAgain() throws Exception {
        String roundId = api.closedFlagRound(api.campaignOpenForPledges());
        String number = unique("88") + "/QĐ-BTP";
        DecisionId legacyId = DecisionId.legacyOf(number);
        CommendationDecided modern = ClusterIv2022Events.underCluster(unique("cum-cu")).conference()
                .commendation(number, CommendationKind.AWARD, LocalDate.of(2024, 12, 20), ClusterIv2022.THADS);
        new EventFeed(eventStore).publish("Decision", legacyId.value(), new CommendationDecided(legacyId, number,
                modern.signedOn(), modern.signedBy(), modern.kind(), modern.title(), 2024, modern.roundId(),
                modern.roundRule(), modern.recipients(), null), EventFeed.secretariat("Ghi trước khi mã có năm"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> api.perform(null,
                        get("/api/public/decisions/" + legacyId.value()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decisionNumber").value(number)));
        api.post(SECRETARIAT, "/api/decisions/commendations", commendation(number, "2024-12-31", roundId))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ALREADY_EXISTS"))
                .andExpect(jsonPath("$.detail").value(containsString(legacyId.value())));
        api.created(SECRETARIAT, "/api/decisions/commendations", commendation(number, "2025-01-02", roundId));

        api.post(SECRETARIAT, "/api/decisions/" + legacyId.value() + "/revocations", """
                        {"recipientId": "%s", "revocationDecisionNumber": "9/QĐ-BTP", "revokedOn": "2025-03-01",
                         "ground": "FALSE_DECLARATION", "reason": "Khai man thành tích"}
                        """.formatted(ClusterIv2022.THADS.registrantId().value()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.decisionId").value(legacyId.value()));
        assertThat(api.lastEvent(legacyId.value()).getString("payloadType")).endsWith("AwardRevoked");
    }
}
