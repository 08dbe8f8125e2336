package vn.thidua.ledger.query.audit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.ledger.query.view.ViewJson;

import java.util.ArrayList;
import java.util.List;

/**
 * The audit entries an earlier version kept one per document ({@code auditEntries}, {@code _id} = the position as
 * text, the entry's JSON as a string). After an upgrade they are read, never written, wherever a block does not hold a
 * position, so the history stays whole until the rebuild of {@code auditLog} moves them into blocks and drops them.
 */
final class FormerAuditEntries {

    static final String NAME = "auditEntries";
    private static final int PER_READ = 500;

    private final MongoCollection<Document> collection;
    private final JsonMapper json = ViewJson.mapper();

    FormerAuditEntries(MongoDatabase database) {
        this.collection = database.getCollection(NAME);
    }

    /** The entries at {@code positions} that the former collection holds (none once it is dropped). */
    List<AuditEntry> find(List<Long> positions) {
        List<AuditEntry> found = new ArrayList<>();
        for (int from = 0; from < positions.size(); from += PER_READ) {
            List<String> ids = positions.subList(from, Math.min(positions.size(), from + PER_READ)).stream()
                                        .map(String::valueOf).toList();
            collection.find(Filters.in("_id", ids))
                      .forEach(document -> found.add(json.readValue(document.getString("json"), AuditEntry.class)));
        }
        return found;
    }

    void drop() {
        collection.drop();
    }
}
