package vn.thidua.ledger.app.mongo;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.eventstore.MongoEventStorageEngine;

/**
 * Tells the embedded store which of the ledger's collections may reach the file with the next other write instead of
 * each on its own ({@link DurableH2Backend}): the event store's global index counter, whose every reservation is
 * stored with the commit that uses it ({@link MongoEventStorageEngine#collectionsDurableWithTheNextWrite}). Derived
 * data (views, tokens) is in the views database, which the embedded store commits on its own schedule anyway.
 */
@Component
class LazilyCommittedCollections implements SmartInitializingSingleton {

    private final MongoEndpoint endpoint;

    LazilyCommittedCollections(MongoEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public void afterSingletonsInstantiated() {
        endpoint.commitLazily(MongoEventStorageEngine.collectionsDurableWithTheNextWrite());
    }
}
