package vn.thidua.ledger.app.idempotency;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code thidua.idempotency.*}.
 *
 * @param claimTimeout  how long a claimed key whose request never completed (process died) blocks
 *                      retries before it can be claimed again
 * @param retention     how long a key is remembered after its request (a retry later than this runs again);
 *                      a TTL index on a real MongoDB, and expired on claim on the embedded server
 * @param excludedPaths further Spring path patterns where the Idempotency-Key header is ignored; the
 *                      secret-ballot endpoints are always excluded, in code
 *                      ({@link IdempotencyFilter#ALWAYS_EXCLUDED}), so configuration cannot drop them
 */
@ConfigurationProperties("thidua.idempotency")
public record IdempotencySettings(@DefaultValue("PT2M") Duration claimTimeout,
                                  @DefaultValue("P1D") Duration retention,
                                  @DefaultValue List<String> excludedPaths) {

    /**
     * A stale claim may be taken over only when the request that made it can no longer commit: the
     * command deadline must end before the claim goes stale.
     */
    void requireClaimOutlives(Duration commandTimeout) {
        if (claimTimeout.compareTo(commandTimeout) <= 0) {
            throw new IllegalStateException("thidua.idempotency.claim-timeout (" + claimTimeout
                    + ") must be longer than thidua.command.timeout (" + commandTimeout + ")");
        }
    }
}
