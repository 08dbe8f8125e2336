package vn.thidua.ledger.app.ballot;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import vn.thidua.ledger.command.nomination.BallotCredentialMailbox;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.events.common.VoterId;

/**
 * Keeps secret-ballot credentials in MongoDB (collection {@code ballotMailbox}), so they survive a
 * restart between opening a round and voting. One letter per voter, {@code _id = roundId:voterId}
 * (ids cannot contain ':'), so every voter read is an {@code _id} lookup.
 *
 * <p>Collecting is an explicit act (a POST), and not once-only: the first collection stamps
 * {@code collectedAt}, and the voter may collect the same credential again for
 * {@link BallotSettings#refetchWindow()}, so a lost response does not cost the vote. The letter
 * stays until the round closes ({@link #discard}) so that a reissue can check that the old
 * credential is unused; at the latest it expires after {@link BallotSettings#letterRetention()}:
 * a TTL index on {@code expiresAt} on a real MongoDB, and, because the embedded server keeps no TTL
 * indexes, an expired letter is also deleted whenever the mailbox is read or written.
 *
 * <p>The price of persistence: whoever can read this collection while a round is open can vote in
 * the place of a voter who has not voted, and recompute a voter's receipt; see docs/secret-ballot.md.
 * Credentials are never logged.
 */
public class MongoBallotCredentialMailbox implements BallotCredentialMailbox {

    static final String COLLECTION = "ballotMailbox";
    private static final String ROUND = "roundId";
    private static final String CREDENTIAL = "credential";
    private static final String COLLECTED_AT = "collectedAt";
    private static final String EXPIRES_AT = "expiresAt";

    private final MongoCollection<Document> mailbox;
    private final Clock clock;
    private final BallotSettings settings;

    public MongoBallotCredentialMailbox(MongoDatabase database, Clock clock, BallotSettings settings) {
        this.mailbox = database.getCollection(COLLECTION);
        this.clock = clock;
        this.settings = settings;
        mailbox.createIndex(Indexes.ascending(EXPIRES_AT), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
    }

    @Override
    public void deliver(RoundId roundId, Map<VoterId, String> credentials) {
        purgeExpired();
        if (credentials.isEmpty()) {
            return;
        }
        List<Document> letters = credentials.entrySet().stream()
                .map(entry -> letter(roundId, entry.getKey(), entry.getValue()))
                .toList();
        mailbox.insertMany(letters);
    }

    @Override
    public Optional<String> collect(RoundId roundId, VoterId voterId) {
        String key = key(roundId, voterId);
        Optional<Document> letter = read(key);
        if (letter.isEmpty()) {
            return Optional.empty();
        }
        Date collectedAt = letter.get().getDate(COLLECTED_AT);
        Instant now = clock.instant();
        if (collectedAt == null) {
            // Two first collections at once both stamp and both answer: it is the same voter.
            mailbox.updateOne(Filters.and(Filters.eq("_id", key), Filters.eq(COLLECTED_AT, null)),
                    Updates.set(COLLECTED_AT, Date.from(now)));
        } else if (!now.isBefore(collectedAt.toInstant().plus(settings.refetchWindow()))) {
            return Optional.empty();
        }
        return Optional.of(letter.get().getString(CREDENTIAL));
    }

    @Override
    public Optional<String> held(RoundId roundId, VoterId voterId) {
        return read(key(roundId, voterId)).map(letter -> letter.getString(CREDENTIAL));
    }

    @Override
    public void replace(RoundId roundId, VoterId voterId, String credential) {
        mailbox.replaceOne(Filters.eq("_id", key(roundId, voterId)), letter(roundId, voterId, credential),
                new ReplaceOptions().upsert(true));
    }

    @Override
    public void discard(RoundId roundId) {
        mailbox.deleteMany(Filters.eq(ROUND, roundId.value()));
    }

    private Optional<Document> read(String key) {
        purgeExpired();
        return Optional.ofNullable(mailbox.find(Filters.eq("_id", key)).first());
    }

    /** What the TTL index does on a real MongoDB; the embedded server has no TTL indexes. */
    private void purgeExpired() {
        mailbox.deleteMany(Filters.lte(EXPIRES_AT, Date.from(clock.instant())));
    }

    private Document letter(RoundId roundId, VoterId voterId, String credential) {
        return new Document("_id", key(roundId, voterId)).append(ROUND, roundId.value()).append(CREDENTIAL, credential)
                .append(COLLECTED_AT, null)
                .append(EXPIRES_AT, Date.from(clock.instant().plus(settings.letterRetention())));
    }

    private static String key(RoundId roundId, VoterId voterId) {
        return roundId.value() + ":" + voterId.value();
    }
}
