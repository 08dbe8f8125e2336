package vn.thidua.ledger.app.demo;

import java.util.Objects;

/**
 * One request of a demo script: who sends it, to which command endpoint, with which JSON body and
 * which audit reason (sent as {@code X-Reason}). {@code command} names the command the endpoint
 * records; it is only used for progress logs, counts and failure messages.
 *
 * @param body JSON text, or null for an endpoint without a body (finalisation, ranking, round closure)
 */
public record DemoStep(String command, String actor, String path, String body, String reason) {

    public DemoStep {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
    }

    /** Every command endpoint of the API is a POST (docs/api.md). */
    public String method() {
        return "POST";
    }

    @Override
    public String toString() {
        return command + " as " + actor + " (" + method() + " " + path + ")";
    }
}
