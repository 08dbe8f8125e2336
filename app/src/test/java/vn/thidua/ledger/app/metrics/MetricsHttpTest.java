package vn.thidua.ledger.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.ledger.app.testsupport.CommandApi.AUDITOR;
import static vn.thidua.ledger.app.testsupport.CommandApi.REP_HTQT;
import static vn.thidua.ledger.app.testsupport.CommandApi.SECRETARIAT;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.ledger.app.testsupport.CommandApi;
import vn.thidua.ledger.app.testsupport.HttpTest;

/**
 * {@code /actuator/prometheus}, for auditors and the secretariat only: commands by type and outcome, rejections by
 * error code, and every view's lag and rebuild progress.
 */
@HttpTest
class MetricsHttpTest {

    @Autowired
    CommandApi api;

    @Test
    void commandsAreCountedByTypeAndOutcomeAndRejectionsByCode() throws Exception {
        double launched = count("thidua_commands_total\\{outcome=\"accepted\",type=\"LaunchCampaign\"}");
        double rejectedLaunches = count("thidua_commands_total\\{outcome=\"rejected\",type=\"LaunchCampaign\"}");
        double alreadyExists = count("thidua_command_rejections_total\\{code=\"ALREADY_EXISTS\"}");
        String clusterId = api.formCluster();
        api.launchCampaign(clusterId);

        api.post(SECRETARIAT, "/api/campaigns", """
                {"clusterId": "%s", "year": %d, "name": "Lần thứ hai",
                 "criteria": [{"criterionId": "tc-1", "name": "Nhiệm vụ", "kind": "SCORED", "maxPoints": 60}]}
                """.formatted(clusterId, CommandApi.YEAR)).andExpect(status().isConflict());

        assertThat(count("thidua_commands_total\\{outcome=\"accepted\",type=\"LaunchCampaign\"}")).isEqualTo(launched + 1);
        assertThat(count("thidua_commands_total\\{outcome=\"rejected\",type=\"LaunchCampaign\"}"))
                .isEqualTo(rejectedLaunches + 1);
        assertThat(count("thidua_command_rejections_total\\{code=\"ALREADY_EXISTS\"}")).isEqualTo(alreadyExists + 1);
    }

    @Test
    void everyViewReportsItsLagAndRebuildProgress() throws Exception {
        String scrape = scrape();

        for (String view : new String[] {"auditLog", "clusters", "decisions", "nominationRounds", "pledges",
                                         "rankings", "streamIndex", "yearSummaries", "councils"}) {
            assertThat(scrape).contains("thidua_view_lag{view=\"" + view + "\"}")
                              .contains("thidua_view_progress_percent{view=\"" + view + "\"}");
        }
    }

    @Test
    void onlyAuditorsAndTheSecretariatReadTheMetrics() throws Exception {
        api.perform(SECRETARIAT, get("/actuator/prometheus")).andExpect(status().isOk());
        api.perform(REP_HTQT, get("/actuator/prometheus")).andExpect(status().isForbidden());
        api.perform(null, get("/actuator/prometheus")).andExpect(status().isUnauthorized());
    }

    private String scrape() throws Exception {
        return api.perform(AUDITOR, get("/actuator/prometheus")).andExpect(status().isOk())
                  .andReturn().getResponse().getContentAsString();
    }

    /** The value of the sample matching {@code series} (a regex of its name and labels), 0 if absent. */
    private double count(String series) throws Exception {
        Matcher sample = Pattern.compile("^" + series + " (\\S+)$", Pattern.MULTILINE).matcher(scrape());
        return sample.find() ? Double.parseDouble(sample.group(1)) : 0;
    }
}
