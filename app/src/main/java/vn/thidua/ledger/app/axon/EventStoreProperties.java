package vn.thidua.ledger.app.axon;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Tuning of the MongoDB event store and its processors ({@code thidua.event-store.*}).
 *
 * @param gapTimeout        how long processors hold back events behind a missing global index
 * @param batchSize         events per tracking read and per aggregate read
 * @param claimTimeout      after how long a silent node's processor segments may be claimed by another node
 * @param snapshotThreshold events after which an aggregate is snapshotted
 */
@ConfigurationProperties("thidua.event-store")
public record EventStoreProperties(@DefaultValue("10s") Duration gapTimeout,
                                   @DefaultValue("100") int batchSize,
                                   @DefaultValue("10s") Duration claimTimeout,
                                   @DefaultValue("50") int snapshotThreshold) {
}
