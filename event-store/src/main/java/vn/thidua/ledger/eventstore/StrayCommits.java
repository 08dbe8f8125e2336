package vn.thidua.ledger.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;

/**
 * The commits that a walk of the global indexes from 1 to the counter's head does not reach, found by one query
 * whatever their distance from it: those above the head, and those outside the global indexes (an {@code _id} that
 * is not a whole number from 1 up: 0, 7.5, a text, a date …; {@link CommitDocument#globalIndex}). The engine writes
 * neither (it reserves an index before it writes there, and writes whole numbers); a verifier walks the first and
 * reports the second. One scan of the commits on the embedded server (the verifier made one before it looked above
 * the head too); on MongoDB a scan of the {@code _id} index, without reading the commits.
 *
 * @param above   the global indexes of the commits above the head, in order
 * @param outside one commit outside the global indexes ({@code _id} and commit key), if any
 */
record StrayCommits(NavigableSet<Long> above, Optional<Document> outside) {

    /** Not the engine's own {@code _id}s (64- or 32-bit whole numbers from 1 up): sorted out by globalIndex. */
    private static final Bson NOT_A_GLOBAL_INDEX = Filters.or(Filters.lt(CommitDocument.ID, 1L),
            Filters.not(new Document(CommitDocument.ID, new Document("$type", List.of("long", "int")))));

    /**
     * @param head the highest global index the walk reaches; null: look outside the global indexes only
     */
    static StrayCommits find(MongoCollection<Document> commits, Long head) {
        Bson filter = head == null ? NOT_A_GLOBAL_INDEX
                : Filters.or(NOT_A_GLOBAL_INDEX, Filters.gt(CommitDocument.ID, head));
        NavigableSet<Long> above = new TreeSet<>();
        Document outside = null;
        for (Document commit : commits.find(filter)
                                      .projection(Projections.include(CommitDocument.ID, CommitDocument.COMMIT_KEY))) {
            OptionalLong index = CommitDocument.globalIndex(commit.get(CommitDocument.ID));
            if (index.isEmpty()) {
                outside = outside == null ? commit : outside;
            } else if (head != null && index.getAsLong() > head) {
                above.add(index.getAsLong());
            }
            // else a whole number of another type (9.0) within the walk: its $in matched it by value
        }
        return new StrayCommits(above, Optional.ofNullable(outside));
    }
}
