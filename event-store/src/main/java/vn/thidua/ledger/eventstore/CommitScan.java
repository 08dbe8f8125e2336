package vn.thidua.ledger.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Streams the commits of a range of global indexes in order, one {@code $in} window of {@code _id}s at a
 * time, so that a verification or a seal never holds more than a window in memory.
 */
final class CommitScan {

    private final MongoCollection<Document> commits;
    private final int window;

    CommitScan(MongoCollection<Document> commits, int window) {
        this.commits = commits;
        this.window = window;
    }

    /** Whether any commit has its last global index in {@code [from, to]}. */
    boolean any(long from, long to) {
        return !forEach(from, to, commit -> false);
    }

    /**
     * Hands the commits whose last global index lies in {@code [from, to]} to {@code visitor} in global order
     * (a commit starting before {@code from} included), until it returns false. Returns whether all were visited.
     */
    boolean forEach(long from, long to, Predicate<Document> visitor) {
        for (long start = from; start <= to; start += window) {
            long end = Math.min(to, start + window - 1);
            List<Long> ids = new ArrayList<>((int) (end - start + 1));
            for (long id = start; id <= end; id++) {
                ids.add(id);
            }
            List<Document> found = commits.find(Filters.in(CommitDocument.ID, ids)).into(new ArrayList<>());
            found.sort(Comparator.comparingLong(CommitDocument::lastIndex));
            for (Document commit : found) {
                if (!visitor.test(commit)) {
                    return false;
                }
            }
        }
        return true;
    }
}
