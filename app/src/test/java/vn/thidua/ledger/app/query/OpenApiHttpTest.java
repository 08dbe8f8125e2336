package vn.thidua.ledger.app.query;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.ledger.app.testsupport.HttpTest;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@HttpTest
class OpenApiHttpTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theOpenApiDocumentDescribesTheQueryEndpointsAndBothWaysToSignIn() throws Exception {
        mvc.perform(get("/v3/api-docs"))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.info.title").value("Thi Đua Ledger API"))
           .andExpect(jsonPath("$.components.securitySchemes.basic.scheme").value("basic"))
           .andExpect(jsonPath("$.components.securitySchemes.bearer.bearerFormat").value("JWT"))
           .andExpect(jsonPath("$.paths['/api/public/campaigns/{campaignId}/ranking'].get.parameters[?(@.name == 'asOf')]")
                              .exists())
           .andExpect(jsonPath("$.paths['/api/public/rounds/{roundId}'].get.responses['404']").exists())
           .andExpect(jsonPath("$.paths['/api/campaigns/{campaignId}/pledges'].get.parameters[?(@.name == 'size')].schema.maximum")
                              .value(100))
           .andExpect(jsonPath("$.paths['/api/admin/views/{name}/rebuild'].post.responses['202']").exists());
    }

    @Test
    void swaggerUiIsServedWithoutSignIn() throws Exception {
        mvc.perform(get("/swagger-ui.html")).andExpect(status().is3xxRedirection());
    }
}
