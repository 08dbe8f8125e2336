package vn.thidua.ledger.app.axon;

import com.mongodb.client.MongoDatabase;
import vn.thidua.ledger.query.view.ViewDatabase;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import vn.thidua.ledger.eventstore.EventJson;
import vn.thidua.ledger.eventstore.MongoEventStorageEngine;
import vn.thidua.ledger.eventstore.SequenceSpan;
import vn.thidua.ledger.query.asof.AggregateRanges;
import vn.thidua.ledger.query.audit.LedgerPayloads;
import vn.thidua.ledger.query.view.ViewBatchInterceptor;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Wires Axon to MongoDB by hand: our event storage engine, axon-mongo's token store, one Jackson 2
 * serializer for events, messages and tokens, and pooled streaming processors for every view.
 * There is no Spring Boot autoconfiguration of axon-mongo for Boot 4, and no Axon Server here.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventStoreProperties.class)
public class EventStoreConfiguration {

    /** The view processors' tokens: derived data, like the views they stand for. */
    public static final String TRACKING_TOKENS = "trackingtokens";

    @Bean
    @Primary
    public Serializer serializer() {
        return EventJson.serializer();
    }

    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer(Serializer serializer) {
        return serializer;
    }

    @Bean
    @Qualifier("messageSerializer")
    public Serializer messageSerializer(Serializer serializer) {
        return serializer;
    }

    @Bean
    public MongoEventStorageEngine eventStorageEngine(MongoDatabase database, Serializer serializer,
                                                      org.axonframework.config.Configuration axonConfiguration,
                                                      EventStoreProperties properties,
                                                      EventProcessingFailures failures) {
        return MongoEventStorageEngine.builder()
                                      .database(database)
                                      .eventSerializer(serializer)
                                      .snapshotSerializer(serializer)
                                      .upcasterChain(axonConfiguration.upcasterChain())
                                      // Each aggregate's RevisionSnapshotFilter (from its @Revision): a snapshot of
                                      // another revision is ignored. Resolved on use, once the aggregates are registered.
                                      .snapshotFilter(snapshot -> axonConfiguration.snapshotFilter().test(snapshot))
                                      .gapTimeout(properties.gapTimeout())
                                      .batchSize(properties.batchSize())
                                      .undecodableEventListener(failures)
                                      .build();
    }

    /**
     * Axon's embedded event store as its Spring Boot autoconfiguration builds it (the same monitor and span factory),
     * whose reader of new events is woken once per {@code producer-linger} after commits (LingeringEventStore).
     */
    @Qualifier("eventStore")
    @Bean(name = "eventBus")
    public EmbeddedEventStore eventStore(EventStorageEngine storageEngine,
                                         org.axonframework.config.Configuration axonConfiguration,
                                         EventStoreProperties properties) {
        return new LingeringEventStore(EmbeddedEventStore.builder()
                                                         .storageEngine(storageEngine)
                                                         .messageMonitor(axonConfiguration.messageMonitor(
                                                                 EventStore.class, "eventStore"))
                                                         .spanFactory(axonConfiguration.getComponent(
                                                                 EventBusSpanFactory.class)),
                                       properties.producerLinger());
    }

    /**
     * Ranges of an aggregate's stream for as-of folds and their checkpoints: the engine looks up exactly the range's
     * commit keys, which gives the events and where a checkpoint may resume in one read; for a checkpoint of events
     * the stream index was just given, the same lookup without the events; for a batch's checkpoints, one lookup of
     * all their ranges.
     */
    @Bean
    public AggregateRanges aggregateRanges(MongoEventStorageEngine engine) {
        return new AggregateRanges() {
            @Override
            public Range read(String aggregateId, long first, long last) {
                MongoEventStorageEngine.AggregateRange range = engine.readRange(aggregateId, first, last);
                return new Range(range.events(), range.latestCommitStart());
            }

            @Override
            public long latestCommitStart(String aggregateId, long first, long last) {
                return engine.latestCommitStart(aggregateId, first, last);
            }

            @Override
            public CommitStarts commitStartsIn(Collection<Span> spans) {
                return engine.commitStarts(spans.stream().map(span -> new SequenceSpan(
                        span.aggregateId(), span.first(), span.last())).toList())::latestCommitStart;
            }
        };
    }

    /** The audit history's payloads, read from the ledger by global position: one lookup of the commits' keys a page. */
    @Bean
    public LedgerPayloads ledgerPayloads(MongoEventStorageEngine engine) {
        return positions -> engine.payloadsAt(positions).entrySet().stream().collect(Collectors.toMap(
                Map.Entry::getKey, stored -> new LedgerPayloads.Payload(stored.getValue().revision(),
                                                                        stored.getValue().json())));
    }

    @Bean
    public TokenStore tokenStore(@ViewDatabase MongoDatabase database, Serializer serializer, EventStoreProperties properties) {
        return MongoTokenStore.builder()
                              .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(database)
                                                                 .trackingTokensCollectionName(TRACKING_TOKENS).build())
                              .serializer(serializer)
                              .claimTimeout(properties.claimTimeout())
                              .nodeId(ManagementFactory.getRuntimeMXBean().getName())
                              .build();
    }

    @Bean
    public ConfigurerModule pooledStreamingProcessors(EventProcessingFailures failures,
                                                      EventStoreProperties properties) {
        // One segment per view: a view may fold events of several aggregates, and only one segment
        // applies them in global order, which a byte-identical replay needs. Views scale out by
        // spreading processors (one per view) over query nodes, not by splitting one view.
        return configurer -> configurer.eventProcessing(processing -> processing
                .usingPooledStreamingEventProcessors((axon, builder) -> builder.initialSegmentCount(1)
                                                                              .maxClaimedSegments(1)
                                                                              .batchSize(properties.processorBatchSize()))
                // Each batch folds its events into view documents in memory and writes each once (ViewBatch).
                .registerDefaultHandlerInterceptor((axon, processorName) -> new ViewBatchInterceptor())
                .registerDefaultListenerInvocationErrorHandler(axon -> failures));
    }
}
