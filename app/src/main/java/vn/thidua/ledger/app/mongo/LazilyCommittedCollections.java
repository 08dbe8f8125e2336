package vn.thidua.ledger.app.mongo;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.app.axon.EventStoreConfiguration;
import vn.thidua.ledger.eventstore.MongoEventStorageEngine;
import vn.thidua.ledger.query.view.ViewRegistry;

/**
 * Tells the embedded store which collections' writes may reach the file with the next other write instead of each
 * on its own ({@link DurableH2Backend}): derived data, rebuilt from the events if lost (every view's collections and
 * the processors' tokens), and the event store's global index counter, whose every reservation is stored with the
 * commit that uses it ({@link MongoEventStorageEngine#collectionsDurableWithTheNextWrite}). Events, snapshots,
 * idempotency keys and ballot credentials are not among them and stay in the file before their reply.
 */
@Component
class LazilyCommittedCollections implements SmartInitializingSingleton {

    private final MongoEndpoint endpoint;
    private final ObjectProvider<ViewRegistry> views;

    /** A command node has no views: then only the tokens (a storage node commits its query nodes' views per write). */
    LazilyCommittedCollections(MongoEndpoint endpoint, ObjectProvider<ViewRegistry> views) {
        this.endpoint = endpoint;
        this.views = views;
    }

    @Override
    public void afterSingletonsInstantiated() {
        endpoint.commitLazily(names());
    }

    Set<String> names() {
        Stream<String> viewCollections = views.stream().flatMap(registry -> registry.all().stream())
                                              .flatMap(view -> view.collections().stream());
        return Stream.of(viewCollections, Stream.of(EventStoreConfiguration.TRACKING_TOKENS),
                         MongoEventStorageEngine.collectionsDurableWithTheNextWrite().stream())
                     .flatMap(names -> names).collect(Collectors.toSet());
    }
}
