package vn.thidua.ledger.app.ballot;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import vn.thidua.ledger.command.nomination.BallotCredentialMailbox;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.events.common.VoterId;

/**
 * Keeps secret-ballot credentials in MongoDB (collection {@code ballotMailbox}) until each voter
 * collects theirs, so they survive a restart between opening a round and voting. One document per
 * voter, {@code _id = roundId:voterId} (ids cannot contain ':'), so every read is an {@code _id}
 * lookup. Collecting is once-only without relying on {@code findOneAndDelete} (whose returned
 * document is not atomic with its write on the embedded server): read by {@code _id}, then
 * {@code deleteOne} by {@code _id}, and hand out the credential only if this call deleted it.
 *
 * <p>The price of persistence: whoever can read this collection before a voter collects can vote
 * in their place; see docs/secret-ballot.md. Credentials are never logged.
 */
public class MongoBallotCredentialMailbox implements BallotCredentialMailbox {

    static final String COLLECTION = "ballotMailbox";
    private static final String CREDENTIAL = "credential";

    private final MongoCollection<Document> mailbox;

    public MongoBallotCredentialMailbox(MongoDatabase database) {
        this.mailbox = database.getCollection(COLLECTION);
    }

    @Override
    public void deliver(RoundId roundId, Map<VoterId, String> credentials) {
        if (credentials.isEmpty()) {
            return;
        }
        List<Document> letters = credentials.entrySet().stream()
                .map(entry -> new Document("_id", key(roundId, entry.getKey())).append(CREDENTIAL, entry.getValue()))
                .toList();
        mailbox.insertMany(letters);
    }

    @Override
    public Optional<String> collect(RoundId roundId, VoterId voterId) {
        String key = key(roundId, voterId);
        Document letter = mailbox.find(Filters.eq("_id", key)).first();
        if (letter == null) {
            return Optional.empty();
        }
        // Of two concurrent collections both may read the letter; only the one that deletes it gets it.
        boolean mine = mailbox.deleteOne(Filters.eq("_id", key)).getDeletedCount() == 1;
        return mine ? Optional.of(letter.getString(CREDENTIAL)) : Optional.empty();
    }

    private static String key(RoundId roundId, VoterId voterId) {
        return roundId.value() + ":" + voterId.value();
    }
}
