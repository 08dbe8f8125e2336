package vn.thidua.ledger.query.view;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Indexes;
import org.bson.Document;

/**
 * Drops an index that an earlier release created and nothing reads any more: each one is a look-up and an insert more
 * for every document written (docs/benchmarks.md, "Session 25").
 */
public final class FormerIndexes {

    /** MongoDB's error code {@code IndexNotFound}, which mongo-java-server answers too. */
    private static final int INDEX_NOT_FOUND = 27;

    private FormerIndexes() {
    }

    /** Drops the ascending index on {@code field} from {@code collection}, if it has one. */
    public static void drop(MongoCollection<?> collection, String field) {
        String name = field + "_1";
        boolean present = false;
        for (Document index : collection.listIndexes()) {
            present |= name.equals(index.getString("name"));
        }
        if (!present) {
            return;
        }
        try {
            // by its keys: mongo-java-server drops an index named in one collection from the index list of all
            collection.dropIndex(Indexes.ascending(field));
        } catch (MongoCommandException e) {
            // another node, starting at the same time, dropped it first
            if (e.getErrorCode() != INDEX_NOT_FOUND) {
                throw e;
            }
        }
    }
}
