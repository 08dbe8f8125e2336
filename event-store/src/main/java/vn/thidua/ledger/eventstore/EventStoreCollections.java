package vn.thidua.ledger.eventstore;

import com.mongodb.ReadConcern;
import com.mongodb.ReadPreference;
import com.mongodb.WriteConcern;
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
 * <p>
 * Durability and consistency are set here, not left to the connection string: every write waits for a
 * majority of a replica set with journal (an acknowledged commit survives the loss of the primary), every
 * read goes to the primary, and commits and snapshots are read at majority (a processor never delivers a
 * commit that a failover could still roll back). The counter is read locally: its value is only the
 * expected value of a compare-and-set, which the primary checks against its own latest value anyway.
 * The embedded mongo-java-server accepts these settings and ignores them.
 */
record EventStoreCollections(MongoCollection<Document> commits,
                             MongoCollection<Document> snapshots,
                             MongoCollection<Document> counters) {

    static final String COMMITS = "eventCommits";
    static final String SNAPSHOTS = "eventSnapshots";
    static final String COUNTERS = "eventCounters";

    static final WriteConcern WRITE_CONCERN = WriteConcern.MAJORITY.withJournal(true);

    static EventStoreCollections in(MongoDatabase database) {
        MongoDatabase durable = database.withWriteConcern(WRITE_CONCERN).withReadPreference(ReadPreference.primary());
        return new EventStoreCollections(durable.getCollection(COMMITS).withReadConcern(ReadConcern.MAJORITY),
                                         durable.getCollection(SNAPSHOTS).withReadConcern(ReadConcern.MAJORITY),
                                         durable.getCollection(COUNTERS).withReadConcern(ReadConcern.LOCAL));
    }

    void ensureIndexes() {
        commits.createIndex(Indexes.ascending(CommitDocument.COMMIT_KEY), new IndexOptions().unique(true));
    }
}
