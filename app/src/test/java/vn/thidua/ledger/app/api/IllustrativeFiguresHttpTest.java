package vn.thidua.ledger.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.ledger.app.testsupport.CommandApi.REP_HTQT;
import static vn.thidua.ledger.app.testsupport.CommandApi.SECRETARIAT;

import java.time.Duration;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.thidua.ledger.app.testsupport.CommandApi;
import vn.thidua.ledger.app.testsupport.HttpTest;

/**
 * Declaring a campaign's figures and a round's tallies illustrative through the HTTP API against the embedded store:
 * the events with their principal and reason, the refusals with their codes, and the public ranking and round that
 * then label their figures.
 */
@HttpTest
class IllustrativeFiguresHttpTest {

    private static final String NOTE = "Bảng điểm dùng để tập huấn (minh họa)";
    private static final String BOTH = "{\"figures\": [\"SCORES\", \"RANKING\"], \"note\": \"%s\"}".formatted(NOTE);

    @Autowired
    CommandApi api;

    @Test
    void theSecretariatsDeclarationIsRecordedWithItsNoteAsTheReason() throws Exception {
        String campaignId = api.launchCampaign(api.formCluster());

        api.post(SECRETARIAT, "/api/campaigns/" + campaignId + "/illustrative-figures", BOTH)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/public/campaigns/" + campaignId + "/ranking"));

        Document declared = api.lastEvent(campaignId);
        assertThat(declared.getString("payloadType")).endsWith("IllustrativeFiguresDeclared");
        assertThat(declared.getString("payload")).contains("\"figures\":[\"SCORES\",\"RANKING\"]", NOTE);
        assertThat(declared.getString("metaData")).contains("\"principal\":\"thu-ky\"", "\"reason\":\"" + NOTE + "\"");
    }

    @Test
    void thePublicRankingLabelsTheDeclaredFiguresMinhHoa() throws Exception {
        String campaignId = api.campaignReadyToPublish();
        api.created(SECRETARIAT, "/api/campaigns/" + campaignId + "/illustrative-figures", BOTH);
        api.created(SECRETARIAT, "/api/campaigns/" + campaignId + "/ranking", "");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> api.perform(null, MockMvcRequestBuilders.get(
                        "/api/public/campaigns/" + campaignId + "/ranking"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.illustrative.label").value("minh họa"))
                .andExpect(jsonPath("$.illustrative.figures[0]").value("SCORES"))
                .andExpect(jsonPath("$.illustrative.figures[1]").value("RANKING"))
                .andExpect(jsonPath("$.illustrative.note").value(NOTE)));
    }

    @Test
    void aRankingWithoutADeclarationHasNoLabel() throws Exception {
        String campaignId = api.campaignReadyToPublish();
        api.created(SECRETARIAT, "/api/campaigns/" + campaignId + "/ranking", "");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> api.perform(null, MockMvcRequestBuilders.get(
                        "/api/public/campaigns/" + campaignId + "/ranking"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.illustrative").doesNotExist()));
    }

    @Test
    void theSameFiguresAreNotDeclaredTwice() throws Exception {
        String base = "/api/campaigns/" + api.launchCampaign(api.formCluster());
        api.created(SECRETARIAT, base + "/illustrative-figures", BOTH);
        api.post(SECRETARIAT, base + "/illustrative-figures", "{\"figures\": [\"SCORES\"], \"note\": \"Lại\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("FIGURES_ALREADY_DECLARED_ILLUSTRATIVE"));
    }

    @Test
    void onlyTheSecretariatDeclaresAndNothingIsRecordedOtherwise() throws Exception {
        String base = "/api/campaigns/" + api.launchCampaign(api.formCluster());
        long before = api.commitCount();
        api.post(REP_HTQT, base + "/illustrative-figures", BOTH).andExpect(status().isForbidden());
        api.post(null, base + "/illustrative-figures", BOTH).andExpect(status().isUnauthorized());
        assertThat(api.commitCount()).isEqualTo(before);
    }

    @Test
    void aDeclarationNamesKnownFiguresWithANoteForAKnownCampaign() throws Exception {
        String base = "/api/campaigns/" + api.launchCampaign(api.formCluster());
        api.post(SECRETARIAT, base + "/illustrative-figures", "{\"figures\": [], \"note\": \"x\"}")
                .andExpect(status().isBadRequest());
        api.post(SECRETARIAT, base + "/illustrative-figures", "{\"figures\": [\"TALLIES\"], \"note\": \"x\"}")
                .andExpect(status().isBadRequest());
        api.post(SECRETARIAT, base + "/illustrative-figures", "{\"figures\": [\"SCORES\"]}")
                .andExpect(status().isBadRequest());
        api.post(SECRETARIAT, "/api/campaigns/no-such-cluster-2022/illustrative-figures", BOTH)
                .andExpect(status().isNotFound());
    }

    @Test
    void thePublicRoundLabelsItsDeclaredTalliesMinhHoaOnceClosed() throws Exception {
        String roundId = api.flagRound(api.campaignOpenForPledges());
        String declaration = "{\"note\": \"%s\"}".formatted(NOTE);
        api.post(REP_HTQT, "/api/rounds/" + roundId + "/illustrative-tallies", declaration)
                .andExpect(status().isForbidden());
        api.post(SECRETARIAT, "/api/rounds/" + roundId + "/illustrative-tallies", declaration)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/public/rounds/" + roundId));
        api.post(SECRETARIAT, "/api/rounds/" + roundId + "/illustrative-tallies", declaration)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("FIGURES_ALREADY_DECLARED_ILLUSTRATIVE"));
        assertThat(api.lastEvent(roundId).getString("metaData")).contains("\"reason\":\"" + NOTE + "\"");
        api.created(SECRETARIAT, "/api/rounds/" + roundId + "/closure", "");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> api.perform(null, MockMvcRequestBuilders.get(
                        "/api/public/rounds/" + roundId))
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.result.tallies").isNotEmpty())
                .andExpect(jsonPath("$.illustrative.label").value("minh họa"))
                .andExpect(jsonPath("$.illustrative.note").value(NOTE)));
        api.post(SECRETARIAT, "/api/rounds/" + roundId + "/illustrative-tallies", declaration)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ROUND_CLOSED"));
    }

    @Test
    void anUnknownRoundHasNoTalliesToDeclare() throws Exception {
        api.post(SECRETARIAT, "/api/rounds/khong-co-dot-nay/illustrative-tallies", "{\"note\": \"x\"}")
                .andExpect(status().isNotFound());
        api.post(SECRETARIAT, "/api/rounds/khong-co-dot-nay/illustrative-tallies", "{}")
                .andExpect(status().isBadRequest());
    }
}
