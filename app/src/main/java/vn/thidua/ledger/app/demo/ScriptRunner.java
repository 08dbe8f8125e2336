package vn.thidua.ledger.app.demo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiConsumer;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.util.UriUtils;

/**
 * Sends a script's steps, in order, to a running ledger over real HTTP, each as its actor with HTTP
 * Basic, the step's reason in {@code X-Reason}: the same path as any client, so security, validation,
 * audit metadata and the aggregates' rules all apply. Stops at the first answer that is not 201.
 */
public class ScriptRunner {

    private final RestClient http;

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
                .headers(headers -> headers.setBasicAuth(step.actor(), DemoUsers.passwordOf(step.actor()),
                        StandardCharsets.UTF_8))
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

    /** A 2xx other than 201: the command endpoint did not record a fact as the script expects. */
    private static final class UnexpectedStatus extends RestClientException {
        UnexpectedStatus(int status) {
            super("answered " + status + " instead of 201 Created");
        }
    }
}
