package vn.thidua.ledger.app.api;

import static org.hamcrest.Matchers.hasKey;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.ledger.app.testsupport.HttpTest;

/** The command endpoints of the command-side module are found and described in the OpenAPI document. */
@HttpTest
class CommandApiDocumentHttpTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theOpenApiDocumentListsTheCommandEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths", hasKey("/api/clusters")))
                .andExpect(jsonPath("$.paths", hasKey("/api/campaigns/{campaignId}/scorecards/{unitId}/adjustments")))
                .andExpect(jsonPath("$.paths", hasKey("/api/rounds/{roundId}/secret-ballots")))
                .andExpect(jsonPath("$.paths", hasKey("/api/decisions/appointments")));
    }
}
