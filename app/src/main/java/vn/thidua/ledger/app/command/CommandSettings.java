package vn.thidua.ledger.app.command;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code thidua.command.*}.
 *
 * @param timeout the longest a command may take from the start of its handling to its commit; a
 *                slower one is rolled back. Must be shorter than {@code thidua.idempotency.claim-timeout}
 *                (checked at start-up): a retry may take over a stale claim only when the first attempt
 *                can no longer commit.
 */
@ConfigurationProperties("thidua.command")
public record CommandSettings(@DefaultValue("PT30S") Duration timeout) {
}
