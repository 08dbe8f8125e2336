package vn.thidua.ledger.benchmark.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How a benchmark client proves who it is, chosen once by probing the application: a Bearer token from
 * {@code POST /api/auth/token} (HTTP Basic in, short-lived JWT out) where that endpoint exists, else HTTP Basic on
 * every request. Tokens are kept per user, as a real client keeps its session, and fetched again on a 401.
 */
final class Authentication {

    static final String TOKEN_PATH = "/api/auth/token";
    /** Where the token may be in the endpoint's answer (OAuth 2 calls it access_token). */
    private static final String[] TOKEN_FIELDS = {"access_token", "accessToken", "token"};

    private final URI baseUri;
    private final boolean bearer;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final ObjectMapper json = new ObjectMapper();

    private Authentication(URI baseUri, boolean bearer) {
        this.baseUri = baseUri;
        this.bearer = bearer;
    }

    /** Probes the token endpoint as the secretariat: a token → Bearer; 404 (or anything else) → Basic. */
    static Authentication probe(HttpClient http, URI baseUri) throws IOException, InterruptedException {
        Authentication bearer = new Authentication(baseUri, true);
        boolean tokens = bearer.fetchToken(http, BenchmarkUsers.SECRETARIAT).isPresent();
        return tokens ? bearer : new Authentication(baseUri, false);
    }

    String describe() {
        return bearer ? "Bearer token from POST " + TOKEN_PATH + " (one per user, refetched on 401)"
                      : "HTTP Basic on every request (" + TOKEN_PATH + " not served)";
    }

    /** The Authorization header for {@code user}; fetches its token first if needed. */
    String header(HttpClient http, String user) throws IOException, InterruptedException {
        if (!bearer) {
            return basic(user);
        }
        String token = tokens.get(user);
        if (token == null) {
            token = fetchToken(http, user).orElseThrow(() -> new IllegalStateException("no token for " + user));
        }
        return "Bearer " + token;
    }

    /** After a 401: forget the user's token so that the next request fetches a new one. Whether to retry. */
    boolean expired(String user) {
        return bearer && tokens.remove(user) != null;
    }

    private Optional<String> fetchToken(HttpClient http, String user) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(baseUri.resolve(TOKEN_PATH)).header("Authorization", basic(user))
                           .POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            return Optional.empty();
        }
        JsonNode body = json.readTree(response.body());
        for (String field : TOKEN_FIELDS) {
            if (body.hasNonNull(field)) {
                tokens.put(user, body.get(field).asText());
                return Optional.of(body.get(field).asText());
            }
        }
        System.out.printf("warning: %s answered %d without any of the fields %s: using HTTP Basic%n", TOKEN_PATH,
                          response.statusCode(), String.join(", ", TOKEN_FIELDS));
        return Optional.empty();
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + BenchmarkUsers.PASSWORD)
                                                                     .getBytes(StandardCharsets.UTF_8));
    }
}
