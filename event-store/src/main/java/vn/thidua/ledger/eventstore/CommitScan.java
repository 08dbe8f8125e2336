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

    /**
     * Hands the commits whose last global index lies in {@code [from, to]} to {@code visitor} in global order
     * (a commit starting before {@code from} included), until it returns false. Returns whether all were visited.
     */
    boolean forEach(long from, long to, Predicate<Document> visitor) {
        for (long start = from, end = from - 1; start <= to && end < to; start = end + 1) {
            end = lastOfWindow(start, to, window);
            List<Long> ids = new ArrayList<>((int) (end - start + 1));
            for (long offset = 0; offset <= end - start; offset++) {
                ids.add(start + offset);
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

    /** The end of the window that starts at {@code start}, at most {@code to}: without overflow near the longs' end. */
    static long lastOfWindow(long start, long to, int window) {
        return to - start < window ? to : start + window - 1;
    }
}
