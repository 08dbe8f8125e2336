package vn.thidua.ledger.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.BsonType;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The commits that a walk of the global indexes from 1 to the counter's head does not reach, found by one query
 * whatever their distance from it: those above the head, and those outside the global indexes (an {@code _id} below
 * 1, or not a number). The engine writes neither (it reserves an index before it writes there); a verifier walks the
 * first and reports the second. One scan of the commits on the embedded server (the verifier made one before it
 * looked above the head too); on MongoDB index ranges of {@code _id}.
 *
 * @param above   the global indexes of the commits above the head, in order
 * @param outside one commit outside the global indexes ({@code _id} and commit key), if any
 */
record StrayCommits(NavigableSet<Long> above, Optional<Document> outside) {

    private static final Bson OUTSIDE_THE_STREAM = Filters.or(Filters.lt(CommitDocument.ID, 1L),
            Filters.type(CommitDocument.ID, BsonType.STRING), Filters.type(CommitDocument.ID, BsonType.OBJECT_ID));

    /**
     * @param head the highest global index the walk reaches; null: look outside the global indexes only
     */
    static StrayCommits find(MongoCollection<Document> commits, Long head) {
        Bson filter = head == null ? OUTSIDE_THE_STREAM
                : Filters.or(OUTSIDE_THE_STREAM, Filters.gt(CommitDocument.ID, head));
        NavigableSet<Long> above = new TreeSet<>();
        Document outside = null;
        for (Document commit : commits.find(filter)
                                      .projection(Projections.include(CommitDocument.ID, CommitDocument.COMMIT_KEY))) {
            if (commit.get(CommitDocument.ID) instanceof Number index && index.longValue() >= 1) {
                above.add(index.longValue());
            } else if (outside == null) {
                outside = commit;
            }
        }
        return new StrayCommits(above, Optional.ofNullable(outside));
    }
}
