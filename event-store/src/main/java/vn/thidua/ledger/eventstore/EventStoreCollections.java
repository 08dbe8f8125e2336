package vn.thidua.ledger.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;

/**
 * The three collections of the event store and their one secondary index.
 * <p>
 * {@code eventCommits}: one document per unit of work, {@code _id} = the global index of its last event;
 * a unique {@code commitKey} = aggregate id + first sequence number gives optimistic concurrency and
 * lets aggregate reads follow the commit chain by exact key. {@code eventSnapshots}: the latest snapshot
 * per aggregate, {@code _id} = aggregate id. {@code eventCounters}: the global index counter.
 */
record EventStoreCollections(MongoCollection<Document> commits,
                             MongoCollection<Document> snapshots,
                             MongoCollection<Document> counters) {

    static final String COMMITS = "eventCommits";
    static final String SNAPSHOTS = "eventSnapshots";
    static final String COUNTERS = "eventCounters";

    static EventStoreCollections in(MongoDatabase database) {
        return new EventStoreCollections(database.getCollection(COMMITS),
                                         database.getCollection(SNAPSHOTS),
                                         database.getCollection(COUNTERS));
    }

    void ensureIndexes() {
        commits.createIndex(Indexes.ascending(CommitDocument.COMMIT_KEY), new IndexOptions().unique(true));
    }
}
