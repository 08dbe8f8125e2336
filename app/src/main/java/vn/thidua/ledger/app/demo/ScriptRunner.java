package vn.thidua.ledger.app.demo;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.util.UriUtils;

/**
 * Sends a script's steps, in order, to a running ledger over real HTTP, each as its actor, the step's
 * reason in {@code X-Reason}: the same path as any client, so security, validation, audit metadata and
 * the aggregates' rules all apply. Each actor signs in once, trading its password for a bearer token
 * ({@code POST /api/auth/token}), as a client should: one bcrypt per user, not per request.
 * Stops at the first answer that is not 201.
 */
public class ScriptRunner {

    private final RestClient http;
    private final Map<String, String> tokens = new HashMap<>();

    public ScriptRunner(String baseUrl) {
        this.http = RestClient.builder().baseUrl(baseUrl).build();
    }

    /** Runs every step; {@code beforeStep} sees each step with its 1-based index (for progress logs). */
    public void run(List<DemoStep> steps, BiConsumer<Integer, DemoStep> beforeStep) {
        for (int i = 0; i < steps.size(); i++) {
            DemoStep step = steps.get(i);
            beforeStep.accept(i + 1, step);
            try {
                send(step);
            } catch (RestClientResponseException e) {
                throw new DemoStepFailed(i + 1, steps.size(), step, e.getStatusCode().value() + " "
                        + e.getResponseBodyAsString(StandardCharsets.UTF_8), e);
            } catch (RestClientException e) {
                throw new DemoStepFailed(i + 1, steps.size(), step, e.getMessage(), e);
            }
        }
    }

    private void send(DemoStep step) {
        RestClient.RequestBodySpec request = http.method(HttpMethod.valueOf(step.method()))
                .uri(step.path())
                .headers(headers -> headers.setBearerAuth(tokenOf(step.actor())))
                // The header is percent-encoded UTF-8 (docs/http-conventions.md): raw Vietnamese bytes are refused.
                .header("X-Reason", UriUtils.encode(step.reason(), StandardCharsets.UTF_8));
        if (step.body() != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(step.body());
        }
        var status = request.retrieve().toBodilessEntity().getStatusCode();
        if (status.value() != HttpStatus.CREATED.value()) {
            throw new UnexpectedStatus(status.value());
        }
    }

    /** The actor's bearer token, asked for on their first step (a run takes far less than a token's lifetime). */
    private String tokenOf(String actor) {
        return tokens.computeIfAbsent(actor, user -> {
            Map<?, ?> answer = http.post().uri("/api/auth/token")
                    .headers(headers -> headers.setBasicAuth(user, DemoUsers.passwordOf(user), StandardCharsets.UTF_8))
                    .retrieve().body(Map.class);
            if (answer == null || !(answer.get("access_token") instanceof String token)) {
                throw new RestClientException("POST /api/auth/token for " + user + " answered no access_token");
            }
            return token;
        });
    }

    /** A 2xx other than 201: the command endpoint did not record a fact as the script expects. */
    private static final class UnexpectedStatus extends RestClientException {
        UnexpectedStatus(int status) {
            super("answered " + status + " instead of 201 Created");
        }
    }
}
