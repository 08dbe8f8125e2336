package vn.thidua.ledger.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.thidua.ledger.app.idempotency.IdempotencyFilter;
import vn.thidua.ledger.app.testsupport.HttpTest;

/**
 * The whole authorization matrix, walked from the OpenAPI document: every documented path × every caller ×
 * every method. A documented operation is allowed exactly to the callers its row in {@link #EXPECTED} names
 * (their answer must not be 401/403); every other combination, including every method a path does not document
 * (HEAD, PUT, PATCH, DELETE, OPTIONS…), must be refused: 401 when anonymous, 403 when signed in. A new endpoint
 * without a row fails here, and so does a row whose endpoint is gone.
 * <p>
 * Only the URL rules are under test: ids are ones that do not exist, bodies are empty, and signed-in POSTs carry
 * a malformed {@code Idempotency-Key}, which the idempotency filter refuses (400) after authorization and before
 * any controller, so nothing is written. Resource checks (own unit, own cluster) are tested with the resources.
 */
@HttpTest
class ApiAccessMatrixHttpTest {

    /**
     * Who may call each documented operation. Callers: {@code anyone}, {@code signed-in}, or roles among
     * {@code secretariat representative voter auditor} ({@code representative} = of any unit).
     */
    static final String EXPECTED = """
            # sign-in: Basic credentials for a bearer token
            POST /api/auth/token                                                signed-in
            # reads: public
            GET  /api/public/campaigns/{campaignId}/ranking                     anyone
            GET  /api/public/campaigns/{campaignId}/rounds                      anyone
            GET  /api/public/rounds/{roundId}                                   anyone
            GET  /api/public/rounds/{roundId}/ballots                           anyone
            GET  /api/public/rounds/{roundId}/ballots/{receipt}                 anyone
            GET  /api/public/clusters/{clusterId}                               anyone
            GET  /api/public/clusters/{clusterId}/years/{year}/summary          anyone
            GET  /api/public/clusters/{clusterId}/years/{year}/decisions        anyone
            GET  /api/public/decisions/{decisionId}                             anyone
            GET  /api/public/units/{unitId}/awards                              anyone
            GET  /api/public/registrants/{registrantId}/awards                  anyone
            GET  /api/public/integrity/head                                     anyone
            GET  /api/public/stream                                             anyone
            # exports: the access of the JSON read they render (docs/excel-word.md)
            GET  /api/public/campaigns/{campaignId}/ranking.xlsx                anyone
            GET  /api/public/clusters/{clusterId}/years/{year}/summary.docx     anyone
            GET  /api/campaigns/{campaignId}/pledges.xlsx                       signed-in
            GET  /api/audit/events.{format}                                     secretariat auditor
            # reads: signed in (a representative only in its own cluster's campaigns, checked with the resource)
            GET  /api/campaigns/{campaignId}/ranking/draft                      signed-in
            GET  /api/campaigns/{campaignId}/pledges                            signed-in
            GET  /api/campaigns/{campaignId}/pledges/{unitId}                   signed-in
            GET  /api/councils                                                  signed-in
            GET  /api/councils/{councilId}                                      signed-in
            # what-ifs: read-only, the POST form carries the terms
            GET  /api/campaigns/{campaignId}/ranking/what-if                    signed-in
            POST /api/campaigns/{campaignId}/ranking/what-if                    signed-in
            GET  /api/rounds/{roundId}/what-if                                  signed-in
            POST /api/rounds/{roundId}/what-if                                  signed-in
            # reads: audit trail
            GET  /api/audit/events                                              secretariat auditor
            GET  /api/audit/events/{position}                                   secretariat auditor
            GET  /api/audit/integrity                                           secretariat auditor
            # commands: clusters, campaigns, scoring
            POST /api/clusters                                                  secretariat
            POST /api/clusters/{clusterId}/admissions                           secretariat
            POST /api/clusters/{clusterId}/withdrawals                          secretariat
            POST /api/clusters/{clusterId}/leadership-handovers                 secretariat
            POST /api/councils                                                  secretariat
            POST /api/councils/{councilId}/appointments                         secretariat
            POST /api/councils/{councilId}/reliefs                              secretariat
            POST /api/councils/{councilId}/grassroots-threshold                 secretariat
            POST /api/campaigns                                                 secretariat
            POST /api/campaigns/{campaignId}/registration-window                secretariat
            POST /api/campaigns/{campaignId}/covenant-signatures                secretariat representative
            POST /api/campaigns/{campaignId}/scorecards/{unitId}/self-assessments secretariat representative
            POST /api/campaigns/{campaignId}/scorecards/{unitId}/adjustments    secretariat
            POST /api/campaigns/{campaignId}/scorecards/{unitId}/finalisation   secretariat
            POST /api/campaigns/{campaignId}/ranking                            secretariat
            POST /api/campaigns/{campaignId}/year-end-conference                secretariat
            POST /api/campaigns/{campaignId}/draft-summary                      secretariat
            POST /api/campaigns/{campaignId}/summary-comments                   secretariat
            POST /api/campaigns/{campaignId}/illustrative-figures               secretariat
            POST /api/campaigns/{campaignId}/emulation-records-requirement      secretariat
            POST /api/campaigns/{campaignId}/closure                            secretariat
            # commands: pledges
            POST /api/campaigns/{campaignId}/pledges                            secretariat representative
            POST /api/campaigns/{campaignId}/pledges/{registrantId}/amendments  secretariat representative
            POST /api/campaigns/{campaignId}/pledges/{registrantId}/withdrawal  secretariat representative
            # commands: nomination rounds
            POST /api/rounds                                                    secretariat
            POST /api/rounds/{roundId}/ballots                                  representative voter
            POST /api/rounds/{roundId}/written-votes                            secretariat
            POST /api/rounds/{roundId}/ballot-box                               secretariat
            POST /api/rounds/{roundId}/closure                                  secretariat
            POST /api/rounds/{roundId}/paper-tally                              secretariat
            POST /api/rounds/{roundId}/sealed-written-votes                     secretariat
            POST /api/rounds/{roundId}/sealed-written-votes/counted             secretariat
            POST /api/rounds/{roundId}/illustrative-tallies                     secretariat
            POST /api/rounds/{roundId}/blind-signatures                         representative voter
            POST /api/rounds/{roundId}/signature-reissues                       secretariat
            POST /api/rounds/{roundId}/secret-ballots                           anyone
            # commands: decisions
            POST /api/decisions/commendations                                   secretariat
            POST /api/decisions/forms                                           secretariat
            POST /api/decisions/appointments                                    secretariat
            POST /api/decisions/{decisionId}/revocations                        secretariat
            # commands: emulation records (hồ sơ thi đua)
            POST /api/records/{holderId}/{year}/staff-counts                    secretariat
            POST /api/records/{holderId}/{year}/disciplines                     secretariat
            POST /api/records/{holderId}/{year}/initiatives                     secretariat
            POST /api/records/{holderId}/{year}/task-completion                 secretariat
            POST /api/records/{holderId}/{year}/titles                          secretariat
            # commands: proposals upward
            POST /api/proposals                                                 secretariat
            POST /api/proposals/{proposalId}/returns                            secretariat
            POST /api/proposals/{proposalId}/refusals                           secretariat
            POST /api/proposals/{proposalId}/approvals                          secretariat
            # import of a past year from a workbook
            GET  /api/imports/template.xlsx                                     secretariat
            POST /api/imports                                                   secretariat
            GET  /api/imports/{importId}                                        secretariat
            # view operations
            GET  /api/admin/views                                               secretariat
            GET  /api/admin/views/{name}                                        secretariat
            GET  /api/admin/views/{name}/checksum                               secretariat
            POST /api/admin/views/{name}/rebuild                                secretariat
            POST /api/admin/views/rebuild                                       secretariat
            # test-only probes (ProbeController) under the standard rows; /api/probe/** is ProbeAccessRules'
            GET  /api/public/probe                                              anyone
            GET  /api/audit/probe                                               secretariat auditor
            """;

    /** Every method a client may send; none but the documented ones may get through. */
    static final List<HttpMethod> METHODS = List.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST, HttpMethod.PUT,
            HttpMethod.PATCH, HttpMethod.DELETE, HttpMethod.OPTIONS);

    /** The callers of the matrix: demo users of the test context, two representatives of different units. */
    enum Caller {
        ANONYMOUS(null),
        SECRETARIAT("thu-ky"),
        REPRESENTATIVE_OF_HTQT("dai-dien-htqt"),
        REPRESENTATIVE_OF_THADS("dai-dien-thads"),
        VOTER("bieu-quyet-1"),
        AUDITOR("kiem-toan");

        final String username;

        Caller(String username) {
            this.username = username;
        }
    }

    /** The keys of an OpenAPI path item that are operations. */
    private static final Set<String> OPERATION_KEYS = Set.of("get", "head", "post", "put", "patch", "delete",
            "options", "trace");
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");
    /** Ids that exist nowhere; numbers for numeric path variables. */
    private static final String MISSING_ID = "zz-matrix-missing";
    private static final String MISSING_NUMBER = "987654321";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    private String document;

    @BeforeEach
    void readTheOpenApiDocument() throws Exception {
        document = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
    }

    @Test
    void everyDocumentedOperationHasARowAndEveryRowAnOperation() {
        Set<String> documented = operations();
        Set<String> expected = new TreeSet<>(expected().keySet());

        assertThat(documented).as("documented operations without a row in EXPECTED (and in ApiAccessMatrix?)")
                .isSubsetOf(expected);
        assertThat(expected).as("rows in EXPECTED whose operation is no longer documented").isSubsetOf(documented);
    }

    @Test
    void everyPathAnswersEveryCallerAndMethodAsTheMatrixSays() throws Exception {
        Map<String, Set<Caller>> expected = expected();
        Map<String, String> numericVariables = numericPathVariables();
        List<String> wrong = new ArrayList<>();
        int requests = 0;
        for (String path : paths()) {
            String uri = concrete(path, numericVariables);
            for (HttpMethod method : METHODS) {
                Set<Caller> allowed = allowedFor(expected, method, uri);
                for (Caller caller : Caller.values()) {
                    int status = mvc.perform(request(method, uri, caller)).andReturn().getResponse().getStatus();
                    requests++;
                    boolean ok = allowed.contains(caller)
                            ? status != 401 && status != 403
                            : status == (caller == Caller.ANONYMOUS ? 401 : 403);
                    if (!ok) {
                        wrong.add(String.format("%-24s %-7s %s -> %d, expected %s", caller, method, path, status,
                                allowed.contains(caller) ? "allowed (not 401/403)"
                                        : caller == Caller.ANONYMOUS ? "401" : "403"));
                    }
                }
            }
        }
        assertThat(requests).isGreaterThan(expected.size() * METHODS.size());
        assertThat(wrong).as("answers that break the access matrix").isEmpty();
    }

    /**
     * The callers of every row of this method whose path matches the URI: GET /api/admin/views/rebuild is the
     * documented GET /api/admin/views/{name}, though the documented path /api/admin/views/rebuild has only POST.
     */
    private static Set<Caller> allowedFor(Map<String, Set<Caller>> expected, HttpMethod method, String uri) {
        Set<Caller> allowed = EnumSet.noneOf(Caller.class);
        expected.forEach((operation, callers) -> {
            String[] methodAndPath = operation.split(" ");
            String template = Arrays.stream(PATH_VARIABLE.split(methodAndPath[1], -1)).map(Pattern::quote)
                    .collect(Collectors.joining("[^/]+"));
            if (methodAndPath[0].equals(method.name()) && uri.matches(template)) {
                allowed.addAll(callers);
            }
        });
        return allowed;
    }

    private MockHttpServletRequestBuilder request(HttpMethod method, String uri, Caller caller) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, uri);
        if (method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH) {
            // Fails validation if it ever reaches a controller.
            request.contentType(MediaType.APPLICATION_JSON).content("{}");
        }
        if (caller.username != null) {
            // The configured user itself, without a bcrypt check per request (authentication is tested elsewhere).
            request.with(user(users.loadUserByUsername(caller.username)));
            // Refused by the idempotency filter after authorization: an allowed POST never runs.
            request.header(IdempotencyFilter.HEADER, "not a valid key!");
        }
        return request;
    }

    /** The documented paths, less the test context's own {@code /api/probe/**} (see ProbeAccessRules). */
    private List<String> paths() {
        Map<String, Object> paths = JsonPath.read(document, "$.paths");
        return paths.keySet().stream().filter(p -> !p.startsWith("/api/probe/")).sorted().toList();
    }

    /** "METHOD path" of every documented operation. */
    private Set<String> operations() {
        Map<String, Map<String, Object>> items = JsonPath.read(document, "$.paths");
        Set<String> operations = new TreeSet<>();
        for (String path : paths()) {
            items.get(path).keySet().stream().filter(OPERATION_KEYS::contains)
                    .forEach(method -> operations.add(method.toUpperCase(Locale.ROOT) + " " + path));
        }
        return operations;
    }

    /** Path variables declared as integers anywhere in the document (year, position). */
    private Map<String, String> numericPathVariables() {
        List<Map<String, Object>> parameters = JsonPath.read(document,
                "$.paths.*.*.parameters[?(@.in == 'path' && @.schema.type == 'integer')]");
        Map<String, String> numeric = new LinkedHashMap<>();
        parameters.forEach(p -> numeric.put((String) p.get("name"), MISSING_NUMBER));
        return numeric;
    }

    private static String concrete(String path, Map<String, String> numericVariables) {
        Matcher variable = PATH_VARIABLE.matcher(path);
        StringBuilder uri = new StringBuilder();
        while (variable.find()) {
            variable.appendReplacement(uri, numericVariables.getOrDefault(variable.group(1), MISSING_ID));
        }
        return variable.appendTail(uri).toString();
    }

    /** EXPECTED as "METHOD path" → the callers allowed. */
    static Map<String, Set<Caller>> expected() {
        Map<String, Set<Caller>> rows = new LinkedHashMap<>();
        for (String line : EXPECTED.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            String[] words = line.split("\\s+");
            Set<Caller> callers = EnumSet.noneOf(Caller.class);
            for (String who : Arrays.copyOfRange(words, 2, words.length)) {
                switch (who) {
                    case "anyone" -> callers.addAll(EnumSet.allOf(Caller.class));
                    case "signed-in" -> callers.addAll(EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS)));
                    case "secretariat" -> callers.add(Caller.SECRETARIAT);
                    case "representative" -> callers.addAll(
                            EnumSet.of(Caller.REPRESENTATIVE_OF_HTQT, Caller.REPRESENTATIVE_OF_THADS));
                    case "voter" -> callers.add(Caller.VOTER);
                    case "auditor" -> callers.add(Caller.AUDITOR);
                    default -> throw new IllegalArgumentException("Unknown caller '" + who + "' in: " + line);
                }
            }
            if (callers.isEmpty() || rows.put(words[0] + " " + words[1], callers) != null) {
                throw new IllegalArgumentException("A row needs callers and must be the only one of its operation: "
                        + line);
            }
        }
        return rows;
    }
}
