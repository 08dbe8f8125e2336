package vn.thidua.ledger.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.ledger.app.testsupport.CommandApi.HTQT;
import static vn.thidua.ledger.app.testsupport.CommandApi.ILLUSTRATIVE;
import static vn.thidua.ledger.app.testsupport.CommandApi.REP_THADS;
import static vn.thidua.ledger.app.testsupport.CommandApi.SECRETARIAT;
import static vn.thidua.ledger.app.testsupport.CommandApi.THADS;
import static vn.thidua.ledger.app.testsupport.CommandApi.unique;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.ledger.app.testsupport.CommandApi;
import vn.thidua.ledger.app.testsupport.HttpTest;
import vn.thidua.ledger.events.common.DecisionId;

@HttpTest
class DecisionCommandsHttpTest {

    @Autowired
    CommandApi api;

    private static String commendation(String number, String roundId, String recipient) {
        return """
                {"decisionNumber": "%s", "signedOn": "2024-12-20", "signedBy": "Bộ trưởng Bộ Tư pháp",
                 "kind": "AWARD", "roundId": "%s", "recipients": ["%s"]}
                """.formatted(number, roundId, recipient);
    }

    @Test
    void awardsTheWinnersOfTheClosedRoundAndRevokesOneLater() throws Exception {
        String roundId = api.closedFlagRound(api.campaignOpenForPledges());
        String number = unique("123") + "/QĐ-BTP";
        String decisionId = DecisionId.of(2024, number).value();

        api.post(SECRETARIAT, "/api/decisions/commendations", commendation(number, roundId, THADS))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/public/decisions/" + decisionId))
                .andExpect(jsonPath("$.decisionId").value(decisionId));
        String decided = api.lastEvent(decisionId).getString("payload");
        assertThat(decided).contains("\"title\":\"SECTOR_EMULATION_FLAG\"", "\"year\":2024",
                "\"ruleCode\":\"R8\"", "\"name\":\"" + CommandApi.THADS_NAME + "\"");

        api.post(SECRETARIAT, "/api/decisions/" + decisionId + "/revocations", """
                        {"recipientId": "%s", "revocationDecisionNumber": "9/QĐ-BTP", "revokedOn": "2025-03-01",
                         "ground": "FALSE_DECLARATION", "reason": "Khai man thành tích"}
                        """.formatted(THADS))
                .andExpect(status().isCreated());
        assertThat(api.lastEvent(decisionId).getString("metaData")).contains("\"reason\":\"Khai man thành tích\"");
    }

    @Test
    void aRecipientWhoDidNotWinIs409AndASecondDecisionWithTheNumberToo() throws Exception {
        String roundId = api.closedFlagRound(api.campaignOpenForPledges());
        String number = unique("124") + "/QĐ-BTP";
        api.post(SECRETARIAT, "/api/decisions/commendations", commendation(number, roundId, HTQT))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("NOT_A_ROUND_WINNER"));
        api.created(SECRETARIAT, "/api/decisions/commendations", commendation(number, roundId, THADS));
        api.post(SECRETARIAT, "/api/decisions/commendations", commendation(number, roundId, THADS))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ALREADY_EXISTS"));
    }

    @Test
    void aDecisionCannotCiteAnOpenRoundNorAnUnknownOne() throws Exception {
        String roundId = api.flagRound(api.campaignOpenForPledges());
        api.post(SECRETARIAT, "/api/decisions/commendations", commendation(unique("125") + "/QĐ-BTP", roundId, THADS))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ROUND_NOT_CLOSED"));
        api.post(SECRETARIAT, "/api/decisions/commendations",
                        commendation(unique("126") + "/QĐ-BTP", unique("khong-co"), THADS))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyTheSecretariatRecordsDecisions() throws Exception {
        api.post(REP_THADS, "/api/decisions/commendations", commendation("1/QĐ-BTP", "r", THADS))
                .andExpect(status().isForbidden());
    }

    private static String appointment(String number, String clusterId, String head, String deputy) {
        return """
                {"decisionNumber": "%s", "signedOn": "2024-12-09", "signedBy": "Thứ trưởng Bộ Tư pháp",
                 "clusterId": "%s", "year": 2024, "headId": "%s", "deputyHeadId": "%s"}
                """.formatted(number, clusterId, head, deputy);
    }

    @Test
    void anAppointmentIsRecordedByTheDecisionAndByTheCluster() throws Exception {
        String clusterId = api.formCluster();
        String number = unique("3456") + "/QĐ-BTP";
        api.created(SECRETARIAT, "/api/decisions/appointments", appointment(number, clusterId, HTQT, THADS));

        String appointed = api.lastEvent(clusterId).getString("payload");
        assertThat(api.lastEvent(clusterId).getString("payloadType")).endsWith("LeadershipAppointed");
        assertThat(appointed).contains("\"decisionNumber\":\"" + number + "\"", CommandApi.HTQT_NAME);

        long before = api.commitCount();
        api.post(SECRETARIAT, "/api/decisions/appointments", appointment(unique("3457") + "/QĐ-BTP", clusterId,
                        ILLUSTRATIVE, THADS))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("LEADERSHIP_ALREADY_APPOINTED"));
        api.post(SECRETARIAT, "/api/decisions/appointments", appointment(unique("3458") + "/QĐ-BTP", clusterId,
                        "vu-ngoai", THADS))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("UNIT_NOT_MEMBER"));
        assertThat(api.commitCount()).isEqualTo(before);
    }
    /**
     * Both aggregates record an appointment, or neither: several clerks entering different decisions for the
     * same cluster-year at once leave one decision and one leadership, never a decision the cluster refused.
     */
    @Test
    void concurrentAppointmentsForOneClusterYearLeaveOneDecisionAndNoOrphans() throws Exception {
        String clusterId = api.formCluster();
        List<String> numbers = IntStream.range(0, 6).mapToObj(i -> unique("35" + i) + "/QĐ-BTP").toList();
        ExecutorService clerks = Executors.newFixedThreadPool(numbers.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> statuses = new ArrayList<>();
            for (String number : numbers) {
                statuses.add(clerks.submit(() -> {
                    assertThat(start.await(10, TimeUnit.SECONDS)).isTrue();
                    return api.post(SECRETARIAT, "/api/decisions/appointments",
                            appointment(number, clusterId, HTQT, THADS)).andReturn().getResponse().getStatus();
                }));
            }
            start.countDown();
            List<Integer> answered = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                answered.add(status.get(60, TimeUnit.SECONDS));
            }
            assertThat(answered).containsOnlyOnce(201).containsOnly(201, 409);
        } finally {
            clerks.shutdownNow();
        }
        long decisions = numbers.stream().filter(number -> !api.events(DecisionId.of(2024, number).value()).isEmpty())
                .count();
        assertThat(decisions).isEqualTo(1);
    }
}
