package vn.thidua.ledger.benchmark.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One HTTP client of the ledger (its own connection), sending commands and queries as a given user. A command that
 * loses a race for its aggregate ({@code 409 CONCURRENT_MODIFICATION}) is sent again, as the API asks a client to.
 */
final class LedgerClient {

    private static final int MAX_ATTEMPTS = 50;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                                              .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI baseUri;
    private final Authentication authentication;
    private final AtomicLong commands;
    private final AtomicLong conflicts;

    LedgerClient(URI baseUri, Authentication authentication, AtomicLong commands, AtomicLong conflicts) {
        this.baseUri = baseUri;
        this.authentication = authentication;
        this.commands = commands;
        this.conflicts = conflicts;
    }

    /** A command as {@code user} (null: anonymous) that must answer 201; returns the body. */
    JsonNode command(String user, String path, Object body, String reason) throws IOException, InterruptedException {
        String json = body == null ? "" : JSON.writeValueAsString(body);
        for (int attempt = 1; ; attempt++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(baseUri.resolve(path))
                    .timeout(Duration.ofMinutes(2))
                    .header("X-Reason", URLEncoder.encode(reason, StandardCharsets.UTF_8).replace("+", "%20"))
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            HttpResponse<String> response = send(user, request);
            if (response.statusCode() == 201) {
                commands.incrementAndGet();
                return JSON.readTree(response.body());
            }
            if (response.statusCode() == 409 && response.body().contains("CONCURRENT_MODIFICATION")
                    && attempt < MAX_ATTEMPTS) {
                conflicts.incrementAndGet();
                continue;
            }
            throw new IllegalStateException("POST " + path + " as " + user + " answered " + response.statusCode()
                                            + ": " + response.body());
        }
    }

    /** An admin action (not a command: no event): a POST without body that must answer 2xx; returns the body. */
    JsonNode action(String user, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send(user, HttpRequest.newBuilder(baseUri.resolve(path))
                .timeout(Duration.ofMinutes(2)).POST(HttpRequest.BodyPublishers.noBody()));
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** A GET as {@code user} (null: anonymous); the status and body, whatever the status. */
    HttpResponse<String> get(String user, String path) throws IOException, InterruptedException {
        return send(user, HttpRequest.newBuilder(baseUri.resolve(path)).timeout(Duration.ofMinutes(2)).GET());
    }

    /** A POST without body as {@code user}, not a command (no event): the status and body, whatever the status. */
    HttpResponse<String> post(String user, String path) throws IOException, InterruptedException {
        return send(user, HttpRequest.newBuilder(baseUri.resolve(path)).timeout(Duration.ofMinutes(2))
                                     .POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** A POST of JSON as {@code user}, not a command: the status and body, whatever the status. */
    HttpResponse<String> post(String user, String path, Object body) throws IOException, InterruptedException {
        return send(user, HttpRequest.newBuilder(baseUri.resolve(path)).timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)));
    }

    /** A GET's body if it answers 200; empty for any other status (a metric the node does not report). */
    Optional<JsonNode> readIfPresent(String user, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(user, path);
        return response.statusCode() == 200 ? Optional.of(JSON.readTree(response.body())) : Optional.empty();
    }

    /** A GET that must answer 200; returns the body. */
    JsonNode read(String user, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(user, path);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** Sends as {@code user}; after a 401 with an expired token, once more with a fresh one. */
    private HttpResponse<String> send(String user, HttpRequest.Builder request) throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            if (user != null) {
                request.setHeader("Authorization", authentication.header(http, user));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 401 || user == null || attempt == 2 || !authentication.expired(user)) {
                return response;
            }
        }
    }
}
