package vn.thidua.ledger.app.query;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.ledger.app.testsupport.HttpTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
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
    void securityComesFromTheAccessMatrixAndEveryErrorIsAProblemWithItsCode() throws Exception {
        mvc.perform(get("/v3/api-docs"))
           .andExpect(jsonPath("$.security[0].basic").exists())
           .andExpect(jsonPath("$.security[1].bearer").exists())
           .andExpect(jsonPath("$.paths['/api/public/rounds/{roundId}'].get.security").isEmpty())
           .andExpect(jsonPath("$.paths['/api/rounds/{roundId}/secret-ballots'].post.security").isEmpty())
           .andExpect(jsonPath("$.paths['/api/clusters'].post.security").doesNotExist())
           .andExpect(jsonPath("$.paths['/api/clusters'].post.responses['403'].description")
                              .value(containsString("FORBIDDEN")))
           .andExpect(jsonPath("$.paths['/api/audit/events/{position}'].get.responses['403'].description")
                              .value("Signed in without the role AUDITOR or SECRETARIAT (FORBIDDEN)"))
           .andExpect(jsonPath("$.paths['/api/clusters'].post.responses['201'].headers.Location.schema").exists())
           .andExpect(jsonPath("$.paths['/api/rounds/{roundId}/blind-signatures'].post.responses['200']").exists())
           .andExpect(jsonPath("$.paths['/api/public/rounds/{roundId}/ballots/{receipt}'].get.responses['409'].content"
                               + "['application/problem+json'].schema['$ref']").value("#/components/schemas/Problem"))
           .andExpect(jsonPath("$.components.schemas.Problem.required").value(hasItem("code")))
           .andExpect(jsonPath("$.paths['/api/public/decisions/{decisionId}'].get.responses['404'].content"
                               + "['application/problem+json'].schema['$ref']").value("#/components/schemas/Problem"))
           .andExpect(jsonPath("$.paths['/api/clusters'].post.responses['409'].content['application/problem+json']"
                               + ".examples.ALREADY_EXISTS.value.code").value("ALREADY_EXISTS"))
           .andExpect(jsonPath("$.paths['/api/public/campaigns/{campaignId}/ranking'].get.responses['200'].headers"
                               + ".ETag.schema.type").value("string"));
    }

    @Test
    void swaggerUiIsServedWithoutSignIn() throws Exception {
        mvc.perform(get("/swagger-ui.html")).andExpect(status().is3xxRedirection());
    }
}
