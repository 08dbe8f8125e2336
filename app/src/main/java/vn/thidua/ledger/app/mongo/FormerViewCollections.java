package vn.thidua.ledger.app.mongo;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.mongodb.client.MongoDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.app.axon.EventStoreConfiguration;
import vn.thidua.ledger.query.view.ViewDatabase;
import vn.thidua.ledger.query.view.ViewRegistry;

/**
 * Until 2026-11-30 the views and the processors' tokens were kept in the ledger's database; they now live in the
 * views database ({@link ViewDatabase}), where a node that hosts views rebuilds them from the events on its first
 * start (no tokens there yet). Their old collections in the ledger's database are read by nothing: dropped here, on a
 * node that hosts views (it knows their names), and only when the two databases differ.
 */
@Component
class FormerViewCollections implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(FormerViewCollections.class);

    private final MongoDatabase ledger;
    private final MongoDatabase views;
    private final ObjectProvider<ViewRegistry> registry;

    FormerViewCollections(MongoDatabase ledger, @ViewDatabase MongoDatabase views, ObjectProvider<ViewRegistry> registry) {
        this.ledger = ledger;
        this.views = views;
        this.registry = registry;
    }

    @Override
    public void afterSingletonsInstantiated() {
        ViewRegistry hosted = registry.getIfAvailable();
        if (hosted == null || ledger.getName().equals(views.getName())) {
            return;
        }
        Set<String> derived = Stream.concat(hosted.all().stream().flatMap(view -> view.collections().stream()),
                                            Stream.of(EventStoreConfiguration.TRACKING_TOKENS))
                                    .collect(Collectors.toSet());
        for (String name : ledger.listCollectionNames()) {
            if (derived.contains(name)) {
                log.info("Dropping {}.{}: derived data now kept in the database {}", ledger.getName(), name,
                         views.getName());
                ledger.getCollection(name).drop();
            }
        }
    }
}
