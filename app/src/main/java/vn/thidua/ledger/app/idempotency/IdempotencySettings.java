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
 * @param excludedPaths Spring path patterns where the Idempotency-Key header is ignored; list the
 *                      secret-ballot endpoints here so no record ties a voter to a ballot request
 */
@ConfigurationProperties("thidua.idempotency")
public record IdempotencySettings(@DefaultValue("PT2M") Duration claimTimeout,
                                  @DefaultValue List<String> excludedPaths) {
}
