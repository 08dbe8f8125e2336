package vn.thidua.ledger.app.axon;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.eventstore.EventJson;
import vn.thidua.ledger.query.replay.RebuildRefusedException;
import vn.thidua.ledger.query.replay.ViewRebuilds;
import vn.thidua.ledger.query.view.RebuildableView;
import vn.thidua.ledger.query.view.ViewRegistry;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A rebuild against the token store the application uses (axon-mongo's, on mongo-java-server), with its claims: the
 * in-memory token store of {@code ViewRebuildsTest} has none.
 */
class RebuildClaimsTest {

    private static final String VIEW = "probes";
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final ProbeView view = new ProbeView();
    private MongoClient client;
    private Configuration axon;
    private ViewRebuilds rebuilds;

    @BeforeEach
    void start() {
        client = MongoClients.create(server.bindAndGetConnectionString());
        axon = DefaultConfigurer.defaultConfiguration()
                                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                                .registerComponent(TokenStore.class, c -> tokenStore("this-node"))
                                .eventProcessing(processing -> processing.registerPooledStreamingEventProcessor(
                                        VIEW, Configuration::eventStore, (c, builder) -> builder.initialSegmentCount(1))
                                                                         .registerEventHandler(c -> view))
                                .buildConfiguration();
        axon.start();
        rebuilds = new ViewRebuilds(new ViewRegistry(List.of(view)), axon.eventProcessingConfiguration(),
                                    axon.eventStore(), Clock.systemUTC(), 2);
        rebuilds.start();
        IntStream.range(0, 5).forEach(i -> axon.eventStore().publish(GenericEventMessage.asEventMessage("event-" + i)));
        await().atMost(WAIT).until(() -> rebuilds.status(VIEW).lag() == 0 && view.applied.size() == 5);
    }

    @AfterEach
    void stop() {
        rebuilds.stop();
        axon.shutdown();
        client.close();
        server.shutdownNow();
    }

    @Test
    void aRebuildTakesTheClaimFromItsStoppedProcessorAndHandsItBack() {
        rebuilds.rebuild(VIEW);
        axon.eventStore().publish(GenericEventMessage.asEventMessage("during"));

        await().atMost(WAIT).until(() -> view.applied.size() == 6 && rebuilds.status(VIEW).lag() == 0
                                         && rebuilds.status(VIEW).state().equals("RUNNING"));
        assertThat(view.resets).hasValue(1);
        assertThat(view.applied).containsExactly("event-0", "event-1", "event-2", "event-3", "event-4", "during");
    }

    @Test
    void aViewClaimedByAnotherNodeIsNotResetAndItsProcessorIsStartedAgain() {
        processor().shutDown();
        tokenStore("other-node").fetchToken(VIEW, 0);

        assertThatThrownBy(() -> rebuilds.rebuild(VIEW)).isInstanceOf(RebuildRefusedException.class)
                                                         .hasMessageContaining("another node holds");
        assertThat(view.resets).hasValue(0);
        assertThat(view.applied).hasSize(5);
        assertThat(processor().isRunning()).isTrue();
    }

    private MongoTokenStore tokenStore(String node) {
        return MongoTokenStore.builder()
                              .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(client.getDatabase("claims"))
                                                                 .build())
                              .serializer(EventJson.serializer())
                              .claimTimeout(Duration.ofSeconds(60))
                              .nodeId(node)
                              .build();
    }

    private StreamingEventProcessor processor() {
        return axon.eventProcessingConfiguration().eventProcessor(VIEW, StreamingEventProcessor.class).orElseThrow();
    }

    @ProcessingGroup(VIEW)
    static class ProbeView implements RebuildableView {

        final List<String> applied = new CopyOnWriteArrayList<>();
        final AtomicInteger resets = new AtomicInteger();

        @EventHandler
        void on(String payload) {
            applied.add(payload);
        }

        @ResetHandler
        void reset() {
            applied.clear();
            resets.incrementAndGet();
        }

        @Override
        public String name() {
            return VIEW;
        }

        @Override
        public List<String> collections() {
            return List.of(VIEW);
        }

        @Override
        public String checksum() {
            return String.join(",", applied);
        }

        @Override
        public List<CollectionChecksum> collectionChecksums() {
            return List.of(new CollectionChecksum(VIEW, applied.size(), checksum()));
        }
    }
}
