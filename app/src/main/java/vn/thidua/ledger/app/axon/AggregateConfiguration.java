package vn.thidua.ledger.app.axon;

import java.util.List;
import java.util.function.Supplier;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.modelling.command.Repository;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.thidua.ledger.command.campaign.Campaign;
import vn.thidua.ledger.command.campaign.CampaignFacts;
import vn.thidua.ledger.command.cluster.ClusterFacts;
import vn.thidua.ledger.command.cluster.EmulationCluster;
import vn.thidua.ledger.command.common.AggregateReader;
import vn.thidua.ledger.command.council.Council;
import vn.thidua.ledger.command.council.CouncilFacts;
import vn.thidua.ledger.command.decision.AppointmentProcess;
import vn.thidua.ledger.command.decision.Decision;
import vn.thidua.ledger.command.decision.DecisionFacts;
import vn.thidua.ledger.command.decision.LegacyDecisionRegister;
import vn.thidua.ledger.command.decision.LegacyDecisions;
import vn.thidua.ledger.command.nomination.NominationRound;
import vn.thidua.ledger.command.nomination.RoundFacts;
import vn.thidua.ledger.command.proposal.Proposal;
import vn.thidua.ledger.command.record.EmulationRecord;
import vn.thidua.ledger.command.record.RecordFacts;
import vn.thidua.ledger.command.rules.RuleSetCatalog;
import vn.thidua.ledger.command.rules.VersionedRuleSetCatalog;

/**
 * Registers the command side's aggregates with Axon, event-sourced from our Mongo store,
 * snapshotted every {@code thidua.event-store.snapshot-threshold} events or a tenth of their own, if more (in the
 * background: {@link BackgroundSnapshots})
 * and cached between
 * commands ({@code thidua.event-store.aggregate-cache-size}), and provides the
 * resources their handlers take (the clock comes from {@code ClockConfiguration}, the secret
 * rounds' key vault and generator from {@code BallotConfiguration}). The aggregates carry no Spring stereotype
 * (the domain knows no Spring), so they are registered here rather than found by scanning.
 */
@Configuration(proxyBeanMethods = false)
public class AggregateConfiguration {

    static final List<Class<?>> AGGREGATES =
            List.of(EmulationCluster.class, Campaign.class, Council.class, NominationRound.class, Decision.class,
                    Proposal.class, EmulationRecord.class);

    @Bean
    ConfigurerModule aggregates(EventStoreProperties properties) {
        return configurer -> AGGREGATES.forEach(type -> configurer.configureAggregate(
                cached(snapshotted(type, properties.snapshotThreshold()), properties.aggregateCacheSize())));
    }

    /** Kept in an {@link AggregateCache} of its own between commands, unless the size is 0. */
    private static <A> AggregateConfigurer<A> cached(AggregateConfigurer<A> aggregate, int size) {
        return size == 0 ? aggregate : aggregate.configureCache(axon -> new AggregateCache(size));
    }

    /**
     * Snapshotted past the threshold (or a tenth of its events: {@link ProportionalSnapshotTriggerDefinition}), and
     * folded only from events of its own type: Axon reads a stream by id alone,
     * so a campaign addressed by a cluster's id would otherwise fold the cluster's events and fail with a 500.
     * Filtered, that stream is empty for the campaign: not found (404), and nothing is stored.
     */
    private static <A> AggregateConfigurer<A> snapshotted(Class<A> type, int threshold) {
        return AggregateConfigurer.defaultConfiguration(type)
                .configureFilterEventsByType(axon -> true)
                .configureSnapshotTrigger(axon -> new ProportionalSnapshotTriggerDefinition(axon.snapshotter(), threshold));
    }

    /**
     * Axon's Spring Boot snapshotter looks aggregate factories up among Spring beans, where
     * Configurer-registered aggregates have none, and would fail on the first snapshot; this one
     * is given a factory per aggregate.
     */
    @Bean
    Snapshotter aggregateSnapshotter(EventStore eventStore, TransactionManager transactionManager,
                                     ParameterResolverFactory parameterResolverFactory,
                                     HandlerDefinition handlerDefinition, BackgroundSnapshots background) {
        List<AggregateFactory<?>> factories = AGGREGATES.stream()
                .<AggregateFactory<?>>map(type -> factory(type, parameterResolverFactory, handlerDefinition)).toList();
        return AggregateSnapshotter.builder()
                .executor(background.executor())
                .eventStore(eventStore)
                .transactionManager(transactionManager)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition)
                .aggregateFactories(factories)
                .build();
    }

    @Bean
    BackgroundSnapshots backgroundSnapshots(EventStoreProperties properties) {
        return new BackgroundSnapshots(properties.snapshotInBackground());
    }

    /** Inspected with the application's resolvers: handlers take Spring beans (Clock, RuleSetCatalog) as parameters. */
    private static <A> AggregateFactory<A> factory(Class<A> type, ParameterResolverFactory parameterResolverFactory,
                                                   HandlerDefinition handlerDefinition) {
        return new GenericAggregateFactory<>(
                AnnotatedAggregateMetaModelFactory.inspectAggregate(type, parameterResolverFactory, handlerDefinition));
    }

    /** A command handler outside the aggregates: it has the cluster and the decision record an appointment together. */
    @Bean
    ConfigurerModule appointmentProcess() {
        return configurer -> configurer.registerCommandHandler(axon -> new AppointmentProcess(
                new ClusterFacts(reader(axon, EmulationCluster.class)), new CampaignFacts(reader(axon, Campaign.class)),
                axon.commandGateway()));
    }

    @Bean
    RuleSetCatalog ruleSetCatalog() {
        return VersionedRuleSetCatalog.fromClasspath();
    }

    @Bean
    ClusterFacts clusterFacts(org.axonframework.config.Configuration axon) {
        return new ClusterFacts(reader(axon, EmulationCluster.class));
    }

    @Bean
    CampaignFacts campaignFacts(org.axonframework.config.Configuration axon) {
        return new CampaignFacts(reader(axon, Campaign.class));
    }

    @Bean
    CouncilFacts councilFacts(org.axonframework.config.Configuration axon) {
        return new CouncilFacts(reader(axon, Council.class));
    }

    @Bean
    RecordFacts recordFacts(org.axonframework.config.Configuration axon) {
        return new RecordFacts(reader(axon, EmulationRecord.class));
    }

    @Bean
    RoundFacts roundFacts(org.axonframework.config.Configuration axon) {
        return new RoundFacts(reader(axon, NominationRound.class));
    }

    @Bean
    DecisionFacts decisionFacts(org.axonframework.config.Configuration axon) {
        return new DecisionFacts(reader(axon, Decision.class));
    }

    @Bean
    LegacyDecisions legacyDecisions(org.axonframework.config.Configuration axon) {
        return new LegacyDecisionRegister(reader(axon, Decision.class));
    }

    /** Repositories exist once Axon's configuration has started, hence looked up on use. */
    private static <T> AggregateReader<T> reader(org.axonframework.config.Configuration axon, Class<T> type) {
        Supplier<Repository<T>> repository = () -> axon.repository(type);
        return new AggregateReader<>(repository);
    }
}
