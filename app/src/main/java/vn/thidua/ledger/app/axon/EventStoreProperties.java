package vn.thidua.ledger.app.axon;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Tuning of the MongoDB event store and its processors ({@code thidua.event-store.*}).
 *
 * @param gapTimeout        how long processors hold back events behind a missing global index
 * @param batchSize          events per tracking read and per aggregate read
 * @param claimTimeout       after how long a silent node's processor segments may be claimed by another node: well
 *                           above a database stall (a failover, a long GC), since a node that stalls longer loses its
 *                           claim while it may still write (its late writes are then refused by the views' positions,
 *                           see ViewStore, but it wastes the work); it is also how long a dead node's views wait
 * @param snapshotThreshold  events after which an aggregate is snapshotted (or a tenth of its events, if more:
 *                           ProportionalSnapshotTriggerDefinition)
 * @param snapshotInBackground take snapshots on a thread of their own ({@code BackgroundSnapshots}) rather than in the
 *                           committing command's thread, which holds the aggregate's lock meanwhile; off only where a
 *                           test needs the snapshot stored when the command returns
 * @param processorBatchSize events a view processor folds in memory before writing each touched view document once
 * @param aggregateCacheSize aggregates of each type a command node keeps in memory between commands (0: none, every
 *                           command loads its aggregate from the store); see AggregateCache
 * @param producerLinger     how long after a commit the reader of new events for this node's processors is woken, so
 *                           that the commits of that time are read together (0: after each commit); see
 *                           LingeringEventStore
 */
@ConfigurationProperties("thidua.event-store")
public record EventStoreProperties(@DefaultValue("10s") Duration gapTimeout,
                                   @DefaultValue("100") int batchSize,
                                   @DefaultValue("60s") Duration claimTimeout,
                                   @DefaultValue("500") int snapshotThreshold,
                                   @DefaultValue("true") boolean snapshotInBackground,
                                   @DefaultValue("500") int processorBatchSize,
                                   @DefaultValue("256") int aggregateCacheSize,
                                   @DefaultValue("25ms") Duration producerLinger) {
}
