package vn.thidua.ledger.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.Document;
import org.bson.BsonInt32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.ledger.eventstore.EventStoreFixture.scored;

class MongoEventStorageEngineTest {

    private final EventStoreFixture store = EventStoreFixture.inMemory();
    private final MongoEventStorageEngine engine = store.engine();

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void readsAnAggregateBackAcrossCommitsInSequenceOrder() {
        engine.appendEvents(scored("card-1", 0, "Vụ Hợp tác quốc tế", 10));
        engine.appendEvents(List.of(scored("card-1", 1, "Vụ Hợp tác quốc tế", 20),
                                    scored("card-1", 2, "Vụ Hợp tác quốc tế", 30)));
        engine.appendEvents(scored("card-2", 0, "Tổng cục Thi hành án dân sự", 5));

        List<? extends DomainEventMessage<?>> events = engine.readEvents("card-1").asStream().toList();

        assertThat(events).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L, 2L);
        assertThat(events).extracting(e -> ((EventStoreFixture.UnitScored) e.getPayload()).points())
                          .containsExactly(10, 20, 30);
        assertThat(events.get(0).getMetaData()).containsEntry("principal", "thu-ky");
        assertThat(engine.lastSequenceNumberFor("card-1")).contains(2L);
        assertThat(engine.lastSequenceNumberFor("card-unknown")).isEmpty();
    }

    /**
     * A node's tracked reader stops its window at the last index the node reserved itself (no round trip for the
     * counter's head): the events other nodes stored past it are still read, by the next window.
     */
    @Test
    void aNodeThatWritesReadsTheOtherNodesEventsPastItsOwnLastReservation() {
        MongoEventStorageEngine otherNode = store.engine();
        engine.appendEvents(scored("card-1", 0, "unit", 1));
        otherNode.appendEvents(scored("card-2", 0, "unit", 2));
        otherNode.appendEvents(scored("card-3", 0, "unit", 3));
        engine.appendEvents(scored("card-1", 1, "unit", 4));
        otherNode.appendEvents(scored("card-2", 1, "unit", 5));

        List<Integer> points;
        try (Stream<? extends TrackedEventMessage<?>> events = engine.readEvents(null, false)) {
            points = events.map(event -> ((EventStoreFixture.UnitScored) event.getPayload()).points()).toList();
        }

        assertThat(points).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void readsARangeWithItsLatestCommitStart() {
        engine.appendEvents(scored("card-1", 0, "unit", 1));
        engine.appendEvents(List.of(scored("card-1", 1, "unit", 2), scored("card-1", 2, "unit", 3)));
        engine.appendEvents(scored("card-1", 3, "unit", 4));

        assertThat(engine.readRange("card-1", 0, 2).latestCommitStart()).as("2 is inside the commit of 1").isEqualTo(1);
        assertThat(engine.readRange("card-1", 0, 5).latestCommitStart()).as("nothing written after 3").isEqualTo(3);
        assertThat(engine.readRange("card-1", 1, 2).latestCommitStart()).as("none after first: first").isEqualTo(1);
        assertThat(engine.readRange("card-1", 2, 2).latestCommitStart()).as("an empty range").isEqualTo(2);
        assertThat(engine.readRange("card-unknown", 0, 3).latestCommitStart()).isEqualTo(0);
        assertThat(sequences(engine.readRange("card-1", 0, 1))).as("the commit of 1 brings 2").containsExactly(0L, 1L, 2L);
        assertThat(sequences(engine.readRange("card-1", 1, 3))).containsExactly(1L, 2L, 3L);
        assertThat(sequences(engine.readRange("card-1", 3, 9))).containsExactly(3L);
        assertThat(sequences(engine.readRange("card-1", 2, 3))).as("2 starts no commit").isEmpty();
        assertThat(engine.readRange("card-1", 1, 2).events().peek().getPayload())
                .as("deserialized as readEvents does").isEqualTo(new EventStoreFixture.UnitScored("unit", 2));
    }

    /** The same commit starts as a range read, from the commits' keys and sequences alone. */
    @Test
    void findsARangesLatestCommitStartWithoutItsEvents() {
        engine.appendEvents(scored("card-1", 0, "unit", 1));
        engine.appendEvents(List.of(scored("card-1", 1, "unit", 2), scored("card-1", 2, "unit", 3)));
        engine.appendEvents(scored("card-1", 3, "unit", 4));

        for (long first : new long[] {0, 1, 3}) {
            for (long last = first; last <= 5; last++) {
                assertThat(engine.latestCommitStart("card-1", first, last)).as("%d..%d", first, last)
                        .isEqualTo(engine.readRange("card-1", first, last).latestCommitStart());
            }
        }
        assertThat(engine.latestCommitStart("card-1", 0, 2)).isEqualTo(1);
        assertThat(engine.latestCommitStart("card-unknown", 0, 3)).isZero();
    }

    /**
     * The commit starts of many aggregates' spans with one lookup, each range inside a span answered as one lookup of
     * its own would; a range outside every span by a lookup of its own.
     */
    @Test
    void findsTheCommitStartsOfManySpansWithOneLookup() {
        engine.appendEvents(scored("card-1", 0, "unit", 1));
        engine.appendEvents(List.of(scored("card-1", 1, "unit", 2), scored("card-1", 2, "unit", 3)));
        engine.appendEvents(scored("card-1", 3, "unit", 4));
        engine.appendEvents(List.of(scored("card-2", 0, "unit", 5), scored("card-2", 1, "unit", 6)));
        engine.appendEvents(scored("card-2", 2, "unit", 7));
        for (int sequence = 0; sequence < 150; sequence++) {
            engine.appendEvents(scored("card-long", sequence, "unit", sequence));
        }
        store.reads.clear();

        CommitStartLookup starts = engine.commitStarts(List.of(new SequenceSpan("card-1", 0, 5),
                                                          new SequenceSpan("card-2", 1, 3),
                                                          new SequenceSpan("card-unknown", 0, 3),
                                                          new SequenceSpan("card-long", 0, 149)));

        assertThat(store.reads).hasSize(1);
        // MongoDB's first reply holds 101 documents unless asked for more (the embedded server sends all): asked for
        // as many as keys, so that a real server answers 150 commits in one reply too.
        assertThat(store.reads.get(0).getInt32("batchSize", new BsonInt32(0)).getValue()).isGreaterThanOrEqualTo(150);
        assertThat(starts.latestCommitStart("card-long", 10, 149)).isEqualTo(149);
        for (String aggregate : List.of("card-1", "card-2", "card-unknown")) {
            for (long first = 1; first <= 3; first++) {
                for (long last = first; last <= 3; last++) {
                    assertThat(starts.latestCommitStart(aggregate, first, last)).as("%s %d..%d", aggregate, first, last)
                            .isEqualTo(engine.latestCommitStart(aggregate, first, last));
                }
            }
        }
        store.reads.clear();
        assertThat(starts.latestCommitStart("card-1", 0, 2)).isEqualTo(1);
        assertThat(starts.latestCommitStart("card-1", 1, 3)).as("after the commit of 1 and 2").isEqualTo(3);
        assertThat(store.reads).as("inside the spans").isEmpty();
        assertThat(starts.latestCommitStart("card-2", 0, 2)).as("0 is outside card-2's span").isEqualTo(2);
        assertThat(store.reads).hasSize(1);
    }

    private static List<Long> sequences(MongoEventStorageEngine.AggregateRange range) {
        return range.events().asStream().map(DomainEventMessage::getSequenceNumber).toList();
    }

    @Test
    void readsAnAggregateWithMoreCommitsThanOneBatch() {
        for (int i = 0; i < 250; i++) {
            engine.appendEvents(scored("card-long", i, "unit", i));
        }

        assertThat(engine.readEvents("card-long").asStream().count()).isEqualTo(250);
    }

    @Test
    void readsARangeLongerThanABatchInPiecesOfABatch() {
        MongoEventStorageEngine smallBatches = store.engineBuilder().batchSize(5).build();
        for (int i = 0; i < 12; i++) {
            smallBatches.appendEvents(scored("card-range", i, "unit", i));
        }
        smallBatches.appendEvents(List.of(scored("card-range", 12, "unit", 12), scored("card-range", 13, "unit", 13)));
        store.reads.clear();

        MongoEventStorageEngine.AggregateRange range = smallBatches.readRange("card-range", 2, 12);

        assertThat(sequences(range)).as("past a batch of 5, and the last commit whole").hasSize(12).startsWith(2L)
                                    .endsWith(13L);
        assertThat(range.latestCommitStart()).isEqualTo(12);
        List<Integer> keysPerRead = store.reads.stream().map(read -> read.getDocument("filter")
                .getDocument(CommitDocument.COMMIT_KEY).getArray("$in").size()).toList();
        assertThat(keysPerRead).as("no lookup of more keys than a batch").containsExactly(5, 5, 1);
        assertThat(smallBatches.readRange("card-range", 0, 99).latestCommitStart()).isEqualTo(12);
    }

    @Test
    void storesOneCommitDocumentPerUnitOfWorkWithReadableJsonPayloads() {
        engine.appendEvents(List.of(scored("card-1", 0, "Vụ Các vấn đề chung về xây dựng pháp luật", 95),
                                    scored("card-1", 1, "Vụ Các vấn đề chung về xây dựng pháp luật", 2)));

        List<Document> commits = store.database.getCollection("eventCommits").find().into(new java.util.ArrayList<>());

        assertThat(commits).hasSize(1);
        Document commit = commits.get(0);
        assertThat(commit.get("_id")).isEqualTo(2L);
        assertThat(commit.get("firstIndex")).isEqualTo(1L);
        assertThat(commit.getString("commitKey")).isEqualTo("card-1#0");
        Document first = commit.getList("events", Document.class).get(0);
        assertThat(first.getString("payload"))
                .isEqualTo("{\"unit\":\"Vụ Các vấn đề chung về xây dựng pháp luật\",\"points\":95}");
        assertThat(first.getString("payloadType")).isEqualTo(EventStoreFixture.UnitScored.class.getName());
    }

    @Test
    void secondWriterOfTheSameVersionGetsAConcurrencyExceptionAndWritesNothing() {
        engine.appendEvents(scored("card-1", 0, "unit", 1));
        engine.appendEvents(scored("card-1", 1, "winner", 2));

        assertThatThrownBy(() -> engine.appendEvents(List.of(scored("card-1", 1, "loser", 3),
                                                             scored("card-1", 2, "loser", 4))))
                .isInstanceOf(ConcurrencyException.class);

        assertThat(engine.readEvents("card-1").asStream().map(e -> ((EventStoreFixture.UnitScored) e.getPayload()).unit()))
                .containsExactly("unit", "winner");
        // The loser's reserved indexes are voided at once, so tracking readers do not wait for them.
        engine.appendEvents(scored("card-2", 0, "after", 5));
        List<? extends TrackedEventMessage<?>> tracked = engine.readEvents(null, false).toList();
        assertThat(tracked).extracting(e -> e.trackingToken().position().getAsLong()).containsExactly(1L, 2L, 5L);
        assertThat(((GapAwareTrackingToken) tracked.get(2).trackingToken()).getGaps()).isEmpty();
    }

    @Test
    void theHeadIsTheNewestEventEvenWhenTheStoreEndsInAVoidedReservation() {
        engine.appendEvents(scored("card-1", 0, "unit", 1));
        engine.appendEvents(scored("card-1", 1, "unit", 2));
        assertThatThrownBy(() -> engine.appendEvents(scored("card-1", 1, "loser", 3)))
                .isInstanceOf(ConcurrencyException.class);

        // A processor's token stops at 2 (tokens move only with events): the head must be reachable.
        assertThat(engine.headIndex()).isEqualTo(2L);
        assertThat(engine.createHeadToken().position()).hasValue(2L);
    }

    @Test
    void aSecondCreationOfTheSameAggregateIsRejected() {
        engine.appendEvents(scored("card-1", 0, "first", 1));

        assertThatThrownBy(() -> engine.appendEvents(scored("card-1", 0, "second", 1)))
                .isInstanceOf(org.axonframework.modelling.command.AggregateStreamCreationException.class);
    }

    @Test
    void tracksAllEventsInGlobalOrderFromAnyToken() {
        engine.appendEvents(List.of(scored("a", 0, "u", 1), scored("a", 1, "u", 2), scored("a", 2, "u", 3)));
        engine.appendEvents(scored("b", 0, "u", 4));

        List<? extends TrackedEventMessage<?>> all = engine.readEvents(null, false).toList();
        assertThat(all).extracting(e -> e.trackingToken().position().getAsLong()).containsExactly(1L, 2L, 3L, 4L);

        // A token in the middle of a commit still finds the rest of that commit.
        List<? extends TrackedEventMessage<?>> rest = engine.readEvents(all.get(1).trackingToken(), false).toList();
        assertThat(rest).extracting(e -> ((EventStoreFixture.UnitScored) e.getPayload()).points()).containsExactly(3, 4);
        assertThat(engine.createHeadToken().position()).hasValue(4L);
        assertThat(engine.headIndex()).isEqualTo(4L);
    }

    @Test
    void findsCommitsLargerThanTheReadWindow() {
        MongoEventStorageEngine smallBatches = store.engineBuilder().batchSize(5).build();
        List<GenericDomainEventMessage<EventStoreFixture.UnitScored>> big = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            big.add(scored("big", i, "u", i));
        }
        smallBatches.appendEvents(big);
        smallBatches.appendEvents(scored("after", 0, "u", 99));

        assertThat(smallBatches.readEvents(null, false).count()).isEqualTo(13);
    }

    @Test
    void keepsTheNewestSnapshot() {
        engine.appendEvents(scored("card-1", 0, "u", 1), scored("card-1", 1, "u", 2), scored("card-1", 2, "u", 3));
        engine.storeSnapshot(scored("card-1", 2, "snapshot-at-2", 6));
        engine.storeSnapshot(scored("card-1", 1, "snapshot-at-1", 3));

        DomainEventMessage<?> snapshot = engine.readSnapshot("card-1").orElseThrow();

        assertThat(snapshot.getSequenceNumber()).isEqualTo(2L);
        assertThat(((EventStoreFixture.UnitScored) snapshot.getPayload()).unit()).isEqualTo("snapshot-at-2");
        assertThat(engine.lastSequenceNumberFor("card-1")).contains(2L);
    }

    /** A campaign's snapshot holds its pledge register: past 16 MiB of text it could not be stored at all. */
    @Test
    void aSnapshotTooLargeForADocumentAsTextIsStoredGzippedAndReadBackTheSame() {
        String register = "Công chức đăng ký thi đua, danh hiệu Lao động tiên tiến; ".repeat(350_000);
        engine.appendEvents(scored("campaign", 0, "u", 1));
        engine.storeSnapshot(scored("campaign", 0, register, 1));
        engine.storeSnapshot(scored("small", 0, "a small register", 1));

        Document stored = store.database.getCollection("eventSnapshots").find(new Document("_id", "campaign")).first();
        assertThat(stored).doesNotContainKey("payload").containsKey(SnapshotPayload.GZIPPED);
        assertThat(((EventStoreFixture.UnitScored) engine.readSnapshot("campaign").orElseThrow().getPayload()).unit())
                .isEqualTo(register);
        assertThat(store.database.getCollection("eventSnapshots").find(new Document("_id", "small")).first())
                .containsKey("payload").doesNotContainKey(SnapshotPayload.GZIPPED);
    }

    @Test
    void createsATokenAtAnInstant() {
        java.time.Instant conference = java.time.Instant.parse("2022-12-09T02:00:00Z");
        engine.appendEvents(at(scored("a", 0, "u", 1), conference.minusSeconds(3600)));
        engine.appendEvents(at(scored("a", 1, "u", 2), conference.plusSeconds(3600)));

        assertThat(engine.createTokenAt(conference).position()).hasValue(1L);
        assertThat(engine.createTokenAt(java.time.Instant.EPOCH).position()).hasValue(0L);
        assertThat(engine.createTokenAt(conference.plusSeconds(7200)).position()).hasValue(2L);
    }

    private static GenericDomainEventMessage<?> at(GenericDomainEventMessage<?> event, java.time.Instant timestamp) {
        return new GenericDomainEventMessage<>(event.getType(), event.getAggregateIdentifier(),
                                               event.getSequenceNumber(), event.getPayload(), event.getMetaData(),
                                               event.getIdentifier(), timestamp);
    }
}
