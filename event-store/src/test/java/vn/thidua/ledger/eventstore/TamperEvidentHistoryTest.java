package vn.thidua.ledger.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import vn.thidua.ledger.eventstore.IntegrityReport.Check;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.ledger.eventstore.EventStoreFixture.scored;

/**
 * A database administrator edits the commits directly in MongoDB; the verifier names the first global index
 * where the history no longer holds, and the check that failed.
 * <p>
 * The history: 1 card-1#0, 2 card-2#0, 3..4 card-1#1 (two events), 5 card-2#1, 6 card-1#3, 7 card-3#0,
 * 8 a void commit.
 */
class TamperEvidentHistoryTest {

    private final EventStoreFixture store = EventStoreFixture.inMemory();
    private final MongoCollection<Document> commits = store.database.getCollection(EventStoreCollections.COMMITS);
    private final KeyPair keys = ed25519();
    /** A minute later than now: the commits are settled for the verifier (gap timeout 10 s). */
    private final Clock later = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(1));
    private final IntegrityVerifier verifier =
            new IntegrityVerifier(store.database, keys.getPublic(), later, Duration.ofSeconds(10), 3);

    @BeforeEach
    void writeTheHistory() {
        MongoEventStorageEngine engine = store.engine();
        engine.appendEvents(scored("card-1", 0, "unit-a", 1));
        engine.appendEvents(scored("card-2", 0, "unit-b", 2));
        engine.appendEvents(List.of(scored("card-1", 1, "unit-a", 3), scored("card-1", 2, "unit-a", 4)));
        engine.appendEvents(scored("card-2", 1, "unit-b", 5));
        engine.appendEvents(scored("card-1", 3, "unit-a", 6));
        engine.appendEvents(scored("card-3", 0, "unit-c", 7));
        long voided = new GlobalIndexCounter(store.database.getCollection(EventStoreCollections.COUNTERS)).reserve(1);
        commits.insertOne(CommitDocument.voidCommit(voided, voided, Instant.now()));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anUntouchedHistoryVerifiesWithEveryCommitChained() {
        seal();

        IntegrityReport report = verifier.verify(null, null);

        assertThat(report.intact()).as("%s", report).isTrue();
        assertThat(report.checkedCommits()).isEqualTo(7);
        assertThat(report.checkedEvents()).isEqualTo(7);
        assertThat(report.verifiedTo()).isEqualTo(8);
        assertThat(report.sealedTo()).isEqualTo(8);
        assertThat(report.checkpointsChecked()).isEqualTo(1);
        assertThat(report.legacyCommits()).isZero();
        assertThat(commit(5).getString("prevHash")).isEqualTo(commit(2).getString("hash"));
        assertThat(commit(1).get("prevHash")).isNull();
    }

    @Test
    void anEditedPayloadIsDetectedAtItsCommit() {
        seal();
        commits.updateOne(Filters.eq("_id", 5L), Updates.set("events.0.payload", "{\"unit\":\"unit-b\",\"points\":50}"));

        assertBreach(verifier.verify(null, null), 5, Check.HASH);
    }

    @Test
    void editedMetadataIsDetectedAtItsCommit() {
        commits.updateOne(Filters.eq("_id", 4L), Updates.set("events.1.metaData", "{\"principal\":\"someone-else\"}"));

        assertBreach(verifier.verify(null, null), 3, Check.HASH);
    }

    @Test
    void anEditWhoseHashIsRecomputedBreaksTheAggregatesNextLink() {
        Document edited = commit(4);
        edited.getList("events", Document.class).get(0).put("payload", "{\"unit\":\"unit-a\",\"points\":30}");
        edited.put("hash", CommitHash.of(edited));
        commits.replaceOne(Filters.eq("_id", 4L), edited);

        assertBreach(verifier.verify(null, null), 6, Check.LINK);
    }

    @Test
    void anEditWhoseWholeChainIsRecomputedBreaksTheCheckpointsDigest() {
        seal();
        Document edited = commit(7);
        edited.getList("events", Document.class).get(0).put("payload", "{\"unit\":\"unit-c\",\"points\":70}");
        edited.put("hash", CommitHash.of(edited));
        commits.replaceOne(Filters.eq("_id", 7L), edited);

        assertBreach(verifier.verify(null, null), 1, Check.CHECKPOINT_DIGEST);
    }

    @Test
    void aCommitMalformedByHandIsReportedNotThrown() {
        commits.updateOne(Filters.eq("_id", 5L), Updates.set("events", "gone"));

        assertBreach(verifier.verify(null, null), 5, Check.HASH);
    }

    @Test
    void aDeletedCommitIsDetectedAtItsPosition() {
        commits.deleteOne(Filters.eq("_id", 5L));

        assertBreach(verifier.verify(null, null), 5, Check.MISSING);
    }

    @Test
    void aDeletedCommitOfASealedRangeIsDetectedEvenIfItIsRecent() {
        seal();
        commits.deleteOne(Filters.eq("_id", 2L));
        IntegrityVerifier rightAway = new IntegrityVerifier(store.database, keys.getPublic(), Clock.systemUTC(),
                                                            Duration.ofSeconds(10), 100);

        assertBreach(rightAway.verify(null, null), 2, Check.MISSING);
    }

    @Test
    void twoSwappedCommitsAreDetectedAtTheFirstOfThem() {
        seal();
        swap(2, 5, false);

        assertBreach(verifier.verify(null, null), 2, Check.HASH);
    }

    @Test
    void twoSwappedCommitsWithRecomputedHashesAreOutOfTheirAggregatesOrder() {
        swap(2, 5, true);

        assertBreach(verifier.verify(null, null), 2, Check.ORDER);
    }

    @Test
    void aForgedCommitWithoutAHashIsDetectedAtItsPosition() {
        seal();
        Document forged = card3At(9, 1);
        forged.remove("hash");
        commits.insertOne(forged);

        assertBreach(verifier.verify(null, null), 9, Check.UNCHAINED);
    }

    /**
     * A commit put by hand far above the counter's head, past more empty slots than a scan's window (3 here): the
     * engine reserves before it writes, so nothing of its own lies there, and the verifier must not stop looking at
     * the first empty window.
     */
    @Test
    void aForgedCommitFarAboveTheCountersHeadIsDetected() {
        seal();
        commits.insertOne(rehashed(card3At(30, 1)));

        assertBreach(verifier.verify(null, null), 9, Check.MISSING);
        assertBreach(verifier.verify(5L, null), 9, Check.MISSING);
        assertThat(verifier.verify(1L, 8L).intact()).as("a range that ends below it").isTrue();
        assertThat(verifier.verify(31L, null).intact()).as("a range that starts above it").isTrue();
    }

    /**
     * Dated in the future, so that the empty indexes below it look like a writer's unsettled tail for ever: the
     * counter never reserved its index, which no commit of the engine's can say.
     */
    @Test
    void aForgedCommitAboveTheCountersHeadIsDetectedWhateverItsTime() {
        commits.insertOne(rehashed(tomorrow(card3At(30, 1))));

        assertBreach(verifier.verify(null, null), 30, Check.ORDER);
        assertBreach(verifier.verify(null, 30L), 30, Check.ORDER);
        assertThat(verifier.verify(null, 29L).intact()).as("a range that ends below it").isTrue();
    }

    /** Behind a writer's unsettled tail, where the walk stops: the index was never reserved all the same. */
    @Test
    void aForgedCommitAboveTheCountersHeadIsDetectedBehindAnUnsettledTail() {
        long reserved = new GlobalIndexCounter(store.database.getCollection(EventStoreCollections.COUNTERS)).reserve(2);
        commits.insertOne(rehashed(tomorrow(card3At(reserved + 1, 1))));
        assertThat(verifier.verify(null, null).intact()).as("an unsettled tail alone").isTrue();

        commits.insertOne(card3At(30, 2));

        assertBreach(verifier.verify(null, null), 30, Check.ORDER);
    }

    /** At the very end of the global indexes, where a window's end would overflow. */
    @Test
    @Timeout(10)
    void aForgedCommitAtTheLastPossibleIndexIsDetected() {
        Document forged = card3At(Long.MAX_VALUE, 1);
        forged.put("firstIndex", Long.MAX_VALUE - 1);
        commits.insertOne(forged);

        assertBreach(verifier.verify(null, null), 9, Check.MISSING);
        assertBreach(verifier.verify(Long.MAX_VALUE - 2, null), Long.MAX_VALUE - 2, Check.MISSING);
    }

    /**
     * A commit put by hand below the first global index, where no scan looks: the aggregate must not load it (its event
     * would feed the next decisions), and the aggregate's next genuine commit, which cannot link to it, is a breach.
     */
    @Test
    void aForgedCommitOutsideTheGlobalIndexesIsNeitherLoadedNorLinkedTo() {
        Document forged = card3At(0, 1);
        forged.remove("hash");
        forged.remove("prevHash");
        commits.insertOne(forged);

        assertThat(store.engine().readEvents("card-3").asStream().map(DomainEventMessage::getSequenceNumber))
                .containsExactly(0L);
        // Its commit key is taken: the aggregate's next commit is refused (found, not silently forked).
        assertThatThrownBy(() -> store.engine().appendEvents(scored("card-3", 1, "unit-c", 9)))
                .isInstanceOf(ConcurrencyException.class);
        assertBreach(verifier.verify(null, null), 0, Check.ORDER);
    }

    /**
     * At a global index that is a number but not a whole one (7.5, between card-3's first commit and the void at 8):
     * no {@code $in} of the walk matches it, and it is neither on the stream nor above the head. The engine writes
     * whole numbers only; this one must be neither loaded by its aggregate nor missed by the verifier.
     */
    @Test
    @Timeout(10)
    void aForgedCommitAtAFractionalIndexIsNeitherLoadedNorMissed() {
        Document forged = card3At(7, 1);
        forged.put("_id", 7.5);
        commits.insertOne(forged);

        assertThat(store.engine().readEvents("card-3").asStream().map(DomainEventMessage::getSequenceNumber))
                .containsExactly(0L);
        assertBreach(verifier.verify(null, null), 0, Check.ORDER);
    }

    /** A whole number of another type ({@code 9.0}, as mongosh writes a plain 9) is the index it stands for. */
    @Test
    void aForgedCommitAtAWholeIndexOfAnotherNumericTypeIsCheckedThere() {
        seal();
        Document forged = card3At(9, 1);
        forged.put("_id", 9.0);
        forged.remove("hash");
        commits.insertOne(forged);

        assertBreach(verifier.verify(null, null), 9, Check.UNCHAINED);
    }

    /** With an {@code _id} of a type the engine never writes and no scan reaches (a date). */
    @Test
    void aForgedCommitWithADateForItsIndexIsReported() {
        Document forged = card3At(0, 1);
        forged.put("_id", new Date());
        commits.insertOne(forged);

        assertBreach(verifier.verify(null, null), 0, Check.ORDER);
    }

    /**
     * A forged commit whose events do not bear its sequences (card-3's event 0 under the key of its commit 1): Axon's
     * read of the aggregate asks again from the sequence after the last event it got, for ever. The load must fail
     * and say why, not spin a command's thread.
     */
    @Test
    @Timeout(10)
    void aCommitWhoseEventsAreNotItsSequencesFailsItsAggregatesLoad() {
        commits.insertOne(card3At(9, 1));

        assertThatThrownBy(() -> store.engine().readEvents("card-3").asStream().count())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("card-3#1");
    }

    @Test
    void aForgedCommitWithAValidHashInASealedVoidSlotBreaksTheCheckpointsDigest() {
        seal();
        Document forged = new Document("_id", 8L).append("firstIndex", 8L).append("commitKey", "card-9#0")
                                                 .append("aggregateId", "card-9").append("aggregateType", "Scorecard")
                                                 .append("firstSequence", 0L).append("lastSequence", 0L)
                                                 .append("committedAt", commit(8).get("committedAt"))
                                                 .append("events", commit(7).getList("events", Document.class));
        forged.put("hash", CommitHash.of(forged));
        commits.replaceOne(Filters.eq("_id", 8L), forged);

        assertBreach(verifier.verify(null, null), 1, Check.CHECKPOINT_DIGEST);
    }

    @Test
    void aTruncatedTailIsDetectedWhereTheSealedHistoryEnds() {
        seal();
        commits.deleteMany(Filters.in("_id", List.of(6L, 7L, 8L)));

        assertBreach(verifier.verify(null, null), 6, Check.MISSING);
    }

    @Test
    void aStrippedHashAfterChainedCommitsIsNotTakenForLegacy() {
        commits.updateOne(Filters.eq("_id", 6L), Updates.combine(Updates.unset("hash"), Updates.unset("prevHash")));

        assertBreach(verifier.verify(null, null), 6, Check.UNCHAINED);
    }

    @Test
    void anEditedCheckpointNoLongerVerifies() {
        seal();
        store.database.getCollection(IntegrityCheckpoints.COLLECTION)
                      .updateOne(Filters.eq("_id", 1L), Updates.set("to", 5L));

        assertBreach(verifier.verify(null, null), 1, Check.CHECKPOINT_SIGNATURE);
    }

    @Test
    void commitsWrittenBeforeTheChainAreReportedAsUnchainedNotAsTampering() {
        commits.updateMany(Filters.in("_id", List.of(1L, 2L)),
                           Updates.combine(Updates.unset("hash"), Updates.unset("prevHash")));
        // What the first chained commits of those aggregates would have been given: no predecessor's hash.
        relink(4, null);
        relink(5, null);
        relink(6, commit(4).getString("hash"));

        IntegrityReport report = verifier.verify(null, null);

        assertThat(report.intact()).as("%s", report).isTrue();
        assertThat(report.legacyCommits()).isEqualTo(2);
        assertThat(report.unchainedBefore()).isEqualTo(3);
    }

    @Test
    void aNewWriterLinksToALegacyCommitWithoutAHash() {
        commits.updateMany(Filters.empty(), Updates.combine(Updates.unset("hash"), Updates.unset("prevHash")));
        store.engine().appendEvents(scored("card-3", 1, "unit-c", 8));

        IntegrityReport report = verifier.verify(null, null);

        assertThat(report.intact()).as("%s", report).isTrue();
        assertThat(report.legacyCommits()).isEqualTo(7);
        assertThat(report.unchainedBefore()).isEqualTo(9);
    }

    @Test
    void aRangeCanBeVerifiedOnItsOwn() {
        seal();
        commits.updateOne(Filters.eq("_id", 2L), Updates.set("events.0.payload", "{}"));

        IntegrityReport report = verifier.verify(3L, 8L);

        assertThat(report.intact()).as("%s", report).isTrue();
        assertThat(report.checkedEvents()).isEqualTo(5);
        assertBreach(verifier.verify(1L, 4L), 2, Check.HASH);
    }

    /** A range ending inside a commit (3..4, keyed by its last index): that commit is checked, not taken for missing. */
    @Test
    void aRangeEndingInsideACommitChecksThatCommit() {
        seal();

        IntegrityReport report = verifier.verify(1L, 3L);

        assertThat(report.intact()).as("%s", report).isTrue();
        assertThat(report.checkedCommits()).isEqualTo(3);
    }

    @Test
    void aRangeBeyondTheEndOfTheHistoryIsCutToIt() {
        IntegrityReport report = verifier.verify(2L, Long.MAX_VALUE);

        assertThat(report.intact()).as("%s", report).isTrue();
        assertThat(report.to()).isEqualTo(8);
        assertThat(report.checkedCommits()).isEqualTo(6);
    }

    @Test
    void theSealerChainsCheckpointsAndSealsOnlyWhatIsNew() {
        IntegritySealer sealer = new IntegritySealer(store.database, keys, Clock.systemUTC(), 3, 3);

        IntegrityCheckpoint first = sealer.seal().orElseThrow();
        IntegrityCheckpoint second = sealer.seal().orElseThrow();

        assertThat(first.from()).isEqualTo(1);
        assertThat(first.to()).isEqualTo(2); // the commit 3..4 would pass the 3 indexes of a seal
        assertThat(second.from()).isEqualTo(3);
        assertThat(second.to()).isEqualTo(5);
        assertThat(second.previousHash()).isEqualTo(first.hash());
        IntegrityCheckpoint third = sealer.seal().orElseThrow();
        assertThat(third.to()).isEqualTo(8);
        assertThat(sealer.seal()).isEmpty();
        assertThat(verifier.head()).contains(third);
        store.database.getCollection(IntegrityCheckpoints.COLLECTION).deleteOne(Filters.eq("_id", "head"));
        assertThat(verifier.head()).as("without the hint").contains(third);
        assertThat(verifier.verify(null, null).checkpointsChecked()).isEqualTo(3);
    }

    /**
     * A checkpoint deleted by hand (the head hint left alone) must not turn the ranges after it into an unsealed tail,
     * where a commit re-hashed with its chain would pass: the missing number is itself the breach.
     */
    @Test
    void aDeletedCheckpointIsDetectedAndItsRangeStaysSealed() {
        IntegritySealer sealer = new IntegritySealer(store.database, keys, Clock.systemUTC(), 3, 3);
        sealer.seal().orElseThrow();
        sealer.seal().orElseThrow();
        sealer.seal().orElseThrow();
        store.database.getCollection(IntegrityCheckpoints.COLLECTION).deleteOne(Filters.eq("_id", 2L));
        Document edited = commit(7);
        edited.getList("events", Document.class).get(0).put("payload", "{\"unit\":\"unit-c\",\"points\":70}");
        edited.put("hash", CommitHash.of(edited));
        commits.replaceOne(Filters.eq("_id", 7L), edited);

        assertBreach(verifier.verify(null, null), 3, Check.CHECKPOINT_LINK);
        store.database.getCollection(IntegrityCheckpoints.COLLECTION).deleteOne(Filters.eq("_id", 1L));
        assertBreach(verifier.verify(null, null), 1, Check.CHECKPOINT_LINK);
    }

    /**
     * A checkpoint written by hand (signed with another key) must not be extended by the sealer: it would skip its
     * range (one far past the head stops sealing for good), and once deleted leave that range unsealed behind genuine
     * checkpoints.
     */
    @Test
    void theSealerDoesNotExtendACheckpointItsKeyDidNotSign() {
        KeyPair forger = ed25519();
        IntegrityCheckpoint forged = IntegrityCheckpoint.sign(1, 1, 5, "00", null, Instant.now(),
                                                              forger.getPublic(), forger.getPrivate());
        MongoCollection<Document> checkpoints = store.database.getCollection(IntegrityCheckpoints.COLLECTION);
        checkpoints.insertOne(forged.toDocument());
        IntegritySealer sealer = new IntegritySealer(store.database, keys, Clock.systemUTC(), 3, 10_000);

        assertThat(sealer.seal()).isEmpty();
        assertThat(checkpoints.countDocuments(Filters.eq("_id", 2L))).isZero();
        checkpoints.deleteOne(Filters.eq("_id", 1L));
        assertThat(sealer.seal()).hasValueSatisfying(sealed -> assertThat(sealed.from()).isEqualTo(1));
    }

    private void seal() {
        new IntegritySealer(store.database, keys, Clock.systemUTC(), 3, 10_000).seal().orElseThrow();
    }

    private void relink(long id, String prevHash) {
        Document relinked = commit(id);
        relinked.put("prevHash", prevHash);
        relinked.put("hash", CommitHash.of(relinked));
        commits.replaceOne(Filters.eq("_id", id), relinked);
    }

    private Document commit(long id) {
        return commits.find(Filters.eq("_id", id)).first();
    }

    /** Card-3's first commit (at 7) copied to global index {@code index} as its commit of sequence {@code sequence}. */
    private Document card3At(long index, long sequence) {
        Document copy = commit(7);
        copy.putAll(new Document("_id", index).append("firstIndex", index).append("commitKey", "card-3#" + sequence)
                                              .append("firstSequence", sequence).append("lastSequence", sequence));
        return copy;
    }

    /** Dated a day ahead: never settled for the verifier. */
    private static Document tomorrow(Document commit) {
        commit.put("committedAt", Date.from(Instant.now().plus(Duration.ofDays(1))));
        return commit;
    }

    private static Document rehashed(Document commit) {
        commit.put("hash", CommitHash.of(commit));
        return commit;
    }

    /** Exchanges the global positions of two single-event commits, optionally re-hashing them. */
    private void swap(long a, long b, boolean rehash) {
        Document first = commit(a);
        Document second = commit(b);
        commits.deleteMany(Filters.in("_id", List.of(a, b)));
        first.putAll(new Document("_id", b).append("firstIndex", b));
        second.putAll(new Document("_id", a).append("firstIndex", a));
        if (rehash) {
            first.put("hash", CommitHash.of(first));
            second.put("hash", CommitHash.of(second));
        }
        commits.insertMany(List.of(first, second));
    }

    private static void assertBreach(IntegrityReport report, long position, Check check) {
        assertThat(report.intact()).as("%s", report).isFalse();
        assertThat(report.breach().position()).as("%s", report).isEqualTo(position);
        assertThat(report.breach().check()).as("%s", report).isEqualTo(check);
    }

    private static KeyPair ed25519() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
