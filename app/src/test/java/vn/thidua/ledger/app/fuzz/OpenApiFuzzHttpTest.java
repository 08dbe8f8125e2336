package vn.thidua.ledger.app.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static vn.thidua.ledger.app.testsupport.CommandApi.AUDITOR;
import static vn.thidua.ledger.app.testsupport.CommandApi.HTQT;
import static vn.thidua.ledger.app.testsupport.CommandApi.REP_HTQT;
import static vn.thidua.ledger.app.testsupport.CommandApi.REP_THADS;
import static vn.thidua.ledger.app.testsupport.CommandApi.SECRETARIAT;
import static vn.thidua.ledger.app.testsupport.CommandApi.THADS;
import static vn.thidua.ledger.app.testsupport.CommandApi.VOTER_1;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.ledger.app.testsupport.CommandApi;
import vn.thidua.ledger.app.testsupport.HttpTest;

/**
 * A fuzz run generated from the OpenAPI document: requests for every documented operation, as every role,
 * with well-formed and malformed ids, query values, headers and bodies. No request may answer 5xx, and a
 * rejected request (4xx) must leave the event store as it was. Reproducible: the seed is fixed unless
 * {@code -Dfuzz.seed} says otherwise, and {@code -Dfuzz.requests} makes a longer run (docs/security.md).
 */
@HttpTest
class OpenApiFuzzHttpTest {

    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 1_200);
    private static final long SEED = Long.getLong("fuzz.seed", 20_261_129L);
    /** Anonymous, secretariat, representatives of two units, voter, auditor. */
    private static final List<String> USERS = Arrays.asList(null, SECRETARIAT, REP_HTQT, REP_THADS, VOTER_1, AUDITOR);

    @Autowired
    MockMvc mvc;

    @Autowired
    CommandApi api;

    @Autowired
    UserDetailsService users;

    @Test
    @Timeout(900)
    void generatedRequestsNeverAnswer5xxAndRejectedOnesChangeNothing() throws Exception {
        String document = mvc.perform(get("/v3/api-docs")).andReturn().getResponse()
                             .getContentAsString(StandardCharsets.UTF_8);
        JsonNode openApi = JsonMapper.builder().build().readTree(document);
        // The probe endpoints are test fixtures that fail on purpose (testsupport/ProbeController).
        List<ApiOperation> operations = ApiOperation.all(openApi).stream()
                .filter(operation -> !operation.path().startsWith("/api/probe/")).toList();
        Random random = new Random(SEED);
        FuzzRequests requests = new FuzzRequests(random, new SchemaSamples(openApi, random, knownIds()));
        List<String> failures = new ArrayList<>();
        int[] byClass = new int[6];

        for (int i = 0; i < REQUESTS; i++) {
            if (i % 200 == 0) {
                System.out.printf("fuzz: %d of %d requests, by status class %s%n", i, REQUESTS, Arrays.toString(byClass));
            }
            FuzzRequests.Generated generated = requests.next(operations.get(random.nextInt(operations.size())));
            String user = USERS.get(random.nextInt(USERS.size()));
            long headBefore = api.storeHead();

            int status = mvc.perform(signedIn(user, generated.request())).andReturn().getResponse().getStatus();

            byClass[status / 100]++;
            if (status >= 500) {
                failures.add(status + " as " + user + ": " + generated.description());
            } else if (status >= 400 && api.storeHead() != headBefore) {
                failures.add("rejected with " + status + " but stored a commit, as " + user + ": " + generated.description());
            }
        }

        assertThat(failures).as("seed %d", SEED).isEmpty();
        assertThat(byClass[2]).as("some generated requests are accepted, so the run reaches the domain").isPositive();
        assertThat(byClass[4]).as("some are refused").isPositive();
    }

    /**
     * The request as {@code user} without a password check: the run is about what an authenticated caller may
     * reach, and a bcrypt per request would make it slow. The principal is the one the app itself builds.
     */
    private MockHttpServletRequestBuilder signedIn(String user, MockHttpServletRequestBuilder request) {
        if (user == null) {
            return request;
        }
        UserDetails details = users.loadUserByUsername(user);
        return request.with(authentication(UsernamePasswordAuthenticationToken.authenticated(
                details, null, details.getAuthorities())));
    }

    /** Ids that exist, so that part of the run gets past "not found" into the aggregates' rules. */
    private List<String> knownIds() throws Exception {
        String clusterId = api.formCluster();
        String campaignId = api.campaignOpenForPledges();
        String roundId = api.flagRound(campaignId);
        return List.of(clusterId, campaignId, roundId, HTQT, THADS, "tc-1", "thuong");
    }
}
