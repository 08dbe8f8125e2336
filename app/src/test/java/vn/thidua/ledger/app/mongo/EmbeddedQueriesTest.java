package vn.thidua.ledger.app.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.PushOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.util.unit.DataSize;

/**
 * The embedded store's own paths for {@code $in} ({@link LedgerUniqueIndex}, {@link LedgerCollection}) answer every
 * query exactly as mongo-java-server's stock memory backend does: the same documents, in the same order, for the
 * lists they take (all strings, all longs) and for the ones they leave to the server (mixed types, other shapes).
 */
class EmbeddedQueriesTest {

    private static final MongoSettings.Embedded H2 = new MongoSettings.Embedded(EmbeddedBackend.H2, 0, false,
            Duration.ofSeconds(1), DataSize.parse(DurableH2Backend.LEDGER_CACHE_TEXT));

    @TempDir
    Path dir;

    private MongoEndpoint h2;
    private MongoEndpoint stock;

    @BeforeEach
    void start() {
        h2 = MongoEndpoint.embedded(H2, dir);
        stock = MongoEndpoint.embedded(new MongoSettings.Embedded(EmbeddedBackend.MEMORY, 0, false,
                                                                  Duration.ofSeconds(1), H2.ledgerCache()),
                                       dir.resolve("unused"));
        for (MongoEndpoint endpoint : List.of(h2, stock)) {
            MongoCollection<Document> mixed = collection(endpoint, "mixed");
            mixed.createIndex(Indexes.ascending("v"), new IndexOptions().unique(true).sparse(true));
            for (Object id : List.of("b", "a", "c", "é", "a|1", 3L, 1L, 2, 4.0, 5L, Long.MAX_VALUE, -7L)) {
                mixed.insertOne(new Document("_id", id).append("v", "v-" + id).append("n", id)
                                                       .append("tags", List.of("t-" + id, "t-all"))
                                                       .append("more", List.of(1L, "m-" + id)));
            }
        }
    }

    @AfterEach
    void stop() {
        h2.close();
        stock.close();
    }

    static Stream<Bson> queries() {
        return Stream.of(
                Filters.in("_id", "c", "a", "zz", "a", "é"),              // strings, duplicates, one missing
                Filters.in("_id", 5L, 1L, 99L, 3L, 1L, Long.MAX_VALUE),     // longs
                Filters.in("_id", 2L, 4L),                                   // longs that equal an int and a double
                Filters.in("_id", 1L, 2, "a"),                               // a mix: the server's own path
                Filters.in("_id", List.of(-7L)),                             // one value
                Filters.in("v", "v-a", "v-3", "v-none"),                     // another unique index
                Filters.and(Filters.in("_id", "a", "b"), Filters.eq("v", "v-a")), // more than the list
                new Document("_id", "a").append("v", "v-a"),                 // a string _id and more: its index
                new Document("_id", "a").append("v", "v-b"),                 // ... that does not match
                new Document("_id", "zz").append("v", "v-zz"),               // ... that is not there
                new Document("_id", 3L).append("v", "v-3"),                  // a number _id and more: the stock path
                Filters.eq("_id", "b"));
    }

    @ParameterizedTest
    @MethodSource("queries")
    void aQueryFindsWhatTheStockBackendFinds(Bson query) {
        assertThat(ids(h2, query)).isEqualTo(ids(stock, query));
    }

    /** {@code $in} on a field without an index: each document is matched, by hash where the list allows it. */
    static Stream<Bson> unindexedQueries() {
        return Stream.of(
                Filters.in("n", "c", "a|1", "zz"),                           // strings
                Filters.in("n", 5L, 2L, 4L, -7L),                            // longs, equal to an int and a double
                Filters.in("n", "a", "é", 3L, "x"),                          // a mix: the server's path
                Filters.in("tags", "t-a", "t-3"),                            // arrays: the server's path
                Filters.in("missing", "a"),                                  // a field no document has
                Filters.in("missing", Arrays.asList(null, "a")));             // null first: null or missing
    }

    /** In the order each backend scans its documents, which differs: the same documents. */
    @ParameterizedTest
    @MethodSource("unindexedQueries")
    void anUnindexedQueryFindsWhatTheStockBackendFinds(Bson query) {
        assertThat(ids(h2, query)).containsExactlyInAnyOrderElementsOf(ids(stock, query));
    }

    /**
     * Appends by {@code $push} or {@code $addToSet} of {@code $each} (with {@code $set}s of strings: {@link AppendEach},
     * applied by the collection itself) and the updates near them that it leaves to the server: each case a filter, an
     * upsert flag and the updates made with them, one after another.
     */
    static Stream<Arguments> pushes() {
        return Stream.of(
                push("appended, and the index moved", Filters.eq("v", "v-a"), Updates.combine(
                        Updates.pushEach("tags", List.of("x", "y")), Updates.set("v", "v-a2")), false),
                push("appended, values of any type", Filters.eq("_id", "b"),
                     Updates.pushEach("tags", List.of(1L, "z", new Document("k", 2))), false),
                push("two lists", Filters.eq("_id", "b"), Updates.combine(
                        Updates.pushEach("tags", List.of("t")), Updates.pushEach("more", List.of("u"))), false),
                push("onto a list and a missing field: the server's", Filters.eq("_id", "b"), Updates.combine(
                        Updates.pushEach("tags", List.of("t")), Updates.pushEach("tags2", List.of("u"))), false),
                push("a version set to one taken", Filters.eq("_id", "c"), Updates.combine(
                        Updates.pushEach("tags", List.of("x")), Updates.set("v", "v-b")), false),
                push("nothing pushed, the same version", Filters.eq("_id", "c"), Updates.combine(
                        Updates.pushEach("tags", List.of()), Updates.set("v", "v-c")), false),
                push("nothing pushed, a new field set", Filters.eq("_id", "c"), Updates.combine(
                        Updates.pushEach("tags", List.of()), Updates.set("w", "new")), false),
                push("a stale version", Filters.eq("v", "v-gone"), Updates.combine(
                        Updates.pushEach("tags", List.of("x")), Updates.set("v", "v-next")), false),
                push("a stale version, upserted", Filters.eq("_id", "zz"), Updates.combine(
                        Updates.pushEach("tags", List.of("x")), Updates.set("v", "v-zz")), true),
                push("onto a missing field: the server's", Filters.eq("_id", "a"),
                     Updates.pushEach("missing", List.of("x")), false),
                push("onto a string: the server's", Filters.eq("_id", "a"), Updates.pushEach("v", List.of("x")), false),
                push("with $slice: the server's", Filters.eq("_id", "a"),
                     Updates.pushEach("tags", List.of("x", "y"), new PushOptions().slice(2)), false),
                push("a number set: the server's", Filters.eq("_id", 3L), Updates.combine(
                        Updates.pushEach("tags", List.of("x")), Updates.set("n", 3.0)), false),
                push("the _id set: the server's", Filters.eq("_id", "a"), Updates.combine(
                        Updates.pushEach("tags", List.of("x")), Updates.set("_id", "a2")), false),
                push("a field pushed and set: the server's", Filters.eq("_id", "a"), Updates.combine(
                        Updates.pushEach("tags", List.of("x")), Updates.set("tags", "x")), false),
                push("added to a set: what it lacks, once", Filters.eq("_id", "a"),
                     Updates.addEachToSet("tags", List.of("t-all", "x", "x", "t-a", "y")), false),
                push("added to a set: documents, in another field order", Filters.eq("_id", "c"),
                     Updates.addEachToSet("docs", List.of(new Document("s", 1L).append("g", 2L))), false,
                     Updates.addEachToSet("docs", List.of(new Document("s", 1L).append("g", 2L),
                                                          new Document("g", 2L).append("s", 1L), new Document("s", 3L)))),
                push("added to a set: numbers by Java's equality, as the server", Filters.eq("_id", "a"),
                     Updates.addEachToSet("more", List.of(1, 1L, 1.0, 2L, 1)), false),
                push("added to a set: nothing new", Filters.eq("_id", "b"),
                     Updates.addEachToSet("tags", List.of("t-b", "t-all")), false),
                push("added to a set: a stale chunk, upserted", Filters.eq("_id", "k|0"),
                     Updates.addEachToSet("e", List.of(new Document("s", 0L))), true),
                push("added to a set and a bound set: the server's", Filters.eq("_id", "a"), Updates.combine(
                        Updates.addEachToSet("tags", List.of("x")), Updates.set("c1", new Document("s", 1L))), false));
    }

    private static Arguments push(String name, Bson filter, Bson update, boolean upsert, Bson... more) {
        List<Bson> updates = new ArrayList<>(List.of(update));
        updates.addAll(List.of(more));
        return Arguments.of(name, filter, updates, upsert);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pushes")
    void anAppendChangesWhatTheStockBackendChanges(String name, Bson filter, List<Bson> updates, boolean upsert) {
        List<List<String>> outcomes = new ArrayList<>();
        List<List<String>> contents = new ArrayList<>();
        for (MongoEndpoint endpoint : List.of(h2, stock)) {
            MongoCollection<Document> mixed = collection(endpoint, "mixed");
            outcomes.add(updates.stream().map(update -> outcome(
                    () -> mixed.updateOne(filter, update, new UpdateOptions().upsert(upsert)))).toList());
            contents.add(mixed.find().map(Document::toJson).into(new ArrayList<>()));
        }
        assertThat(outcomes.get(0)).isEqualTo(outcomes.get(1));
        // As JSON: the fields in the same order, the numbers of the same types.
        assertThat(contents.get(0)).containsExactlyInAnyOrderElementsOf(contents.get(1));
        Bson byVersion = Filters.in("v", "v-a", "v-a2", "v-b", "v-c", "v-zz");
        assertThat(ids(h2, byVersion)).as("found by the unique index").isEqualTo(ids(stock, byVersion));
    }

    private static String outcome(Supplier<UpdateResult> update) {
        try {
            UpdateResult result = update.get();
            return "matched " + result.getMatchedCount() + ", modified " + result.getModifiedCount()
                    + (result.getUpsertedId() == null ? "" : ", upserted");
        } catch (MongoException e) {
            return "refused " + ErrorCategory.fromErrorCode(e.getCode());
        }
    }

    @Test
    void aDocumentChangedByAnUpdateIsFoundByItsNewValueAndNotItsOld() {
        for (MongoEndpoint endpoint : List.of(h2, stock)) {
            collection(endpoint, "mixed").updateOne(Filters.eq("_id", "a"), Updates.set("v", "v-renamed"));
        }
        for (Bson query : List.of(Filters.in("v", "v-a", "v-b"), Filters.in("v", "v-renamed", "v-b"))) {
            assertThat(ids(h2, query)).isEqualTo(ids(stock, query));
        }
        assertThat(ids(h2, Filters.in("v", "v-renamed"))).containsExactly("a");
    }

    /** A view's compare-and-set: a replacement filtered on its {@code _id} and its stored state. */
    @Test
    void aReplacementFilteredOnTheIdAndAnotherFieldReplacesWhatTheStockBackendReplaces() {
        for (MongoEndpoint endpoint : List.of(h2, stock)) {
            MongoCollection<Document> mixed = collection(endpoint, "mixed");
            assertThat(mixed.replaceOne(new Document("_id", "a").append("v", "v-b"),
                                        new Document("_id", "a").append("v", "missed")).getMatchedCount()).isZero();
            assertThat(mixed.replaceOne(new Document("_id", "a").append("v", "v-a"),
                                        new Document("_id", "a").append("v", "v-a2")).getMatchedCount()).isOne();
        }
        assertThat(ids(h2, Filters.in("v", "v-a", "v-a2", "missed"))).isEqualTo(ids(stock, Filters.in("v", "v-a", "v-a2", "missed")))
                                                                      .containsExactly("a");
    }

    /** Number keys (global indexes), held bare once read back from the file, are found by a reader's longs and ranges. */
    @Test
    void numberKeysAreFoundAfterTheFileIsOpenedAgain() {
        MongoCollection<Document> commits = collection(h2, "commits");
        for (long index = 0; index < 300; index++) {
            commits.insertOne(new Document("_id", index).append("commitKey", "k-" + index));
        }
        h2.close();

        h2 = MongoEndpoint.embedded(H2, dir);
        assertThat(collection(h2, "commits").find(Filters.in("_id", 299L, 7L, 150L, 300L))
                                            .map(document -> document.getString("commitKey")).into(new ArrayList<>()))
                .containsExactly("k-7", "k-150", "k-299");
        assertThat(collection(h2, "commits").find(Filters.gte("_id", 298L))
                                            .map(document -> document.get("_id")).into(new ArrayList<>()))
                .containsExactly(298L, 299L);
    }

    @Test
    void anUpdatedOrReplacedDocumentReachesTheFileAsChanged() {
        MongoCollection<Document> views = collection(h2, "views");
        for (int i = 0; i < 20; i++) {
            views.insertOne(new Document("_id", "view-" + i).append("json", "{\"n\":0}"));
        }
        views.updateOne(Filters.eq("_id", "view-5"), Updates.set("json", "{\"n\":1}"));
        views.replaceOne(Filters.eq("_id", "view-6"), new Document("_id", "view-6").append("json", "{\"n\":2}"));
        views.updateOne(Filters.eq("_id", "view-7"), Updates.combine(Updates.set("json", "{\"n\":3}"),
                                                                      Updates.pushEach("p", List.of(1L, 2L))));
        views.updateOne(Filters.eq("_id", "view-7"), Updates.pushEach("p", List.of(3L)));
        views.insertOne(new Document("_id", "view-20").append("json", "{\"n\":0}"));
        h2.close();

        h2 = MongoEndpoint.embedded(H2, dir);
        assertThat(collection(h2, "views").find(Filters.in("_id", "view-4", "view-5", "view-6", "view-7"))
                                          .map(document -> document.getString("json")).into(new ArrayList<>()))
                .containsExactly("{\"n\":0}", "{\"n\":1}", "{\"n\":2}", "{\"n\":3}");
        assertThat(collection(h2, "views").find(Filters.eq("_id", "view-7")).first().getList("p", Long.class))
                .containsExactly(1L, 2L, 3L);
    }

    private static List<Object> ids(MongoEndpoint endpoint, Bson query) {
        return collection(endpoint, "mixed").find(query).map(document -> document.get("_id")).into(new ArrayList<>());
    }

    private static MongoCollection<Document> collection(MongoEndpoint endpoint, String name) {
        return endpoint.client().getDatabase("thidua").getCollection(name);
    }

    @Test
    void insertsAreRefusedOrTakenByTheUniqueIndexesExactlyAsByTheStockBackend() {
        List<Document> inserts = List.of(
                new Document("_id", "a"),                                   // a string _id taken
                new Document("_id", "new").append("v", "v-a"),              // a string v taken: _id not taken either
                new Document("_id", "no-v-1"), new Document("_id", "no-v-2"), // sparse v: missing twice is fine
                new Document("_id", 1.0),                                   // a number equal to 1L: the stock path
                new Document("_id", "x").append("v", "v-x"),
                new Document("_id", "y").append("v", "v-x"));
        List<String> expected = List.of("duplicate", "duplicate", "taken", "taken", "duplicate", "taken", "duplicate");

        for (MongoEndpoint endpoint : List.of(h2, stock)) {
            MongoCollection<Document> mixed = collection(endpoint, "mixed");
            List<String> outcomes = inserts.stream().map(document -> insert(mixed, document)).toList();
            assertThat(outcomes).as(endpoint.toString()).isEqualTo(expected);
            assertThat(mixed.countDocuments(Filters.in("_id", "new", "y"))).isZero();
            assertThat(mixed.countDocuments(Filters.in("_id", "no-v-1", "no-v-2", "x"))).isEqualTo(3);
        }
    }

    private static String insert(MongoCollection<Document> collection, Document document) {
        try {
            collection.insertOne(new Document(document));
            return "taken";
        } catch (MongoWriteException e) {
            assertThat(e.getError().getCategory()).isEqualTo(ErrorCategory.DUPLICATE_KEY);
            return "duplicate";
        }
    }

    @Test
    void theQueriesAboveTakeTheFastPathsWhereTheyShould() {
        de.bwaldvogel.mongo.bson.Document strings = new de.bwaldvogel.mongo.bson.Document(
                "_id", new de.bwaldvogel.mongo.bson.Document("$in", Arrays.asList("a", "b")));
        de.bwaldvogel.mongo.bson.Document mixed = new de.bwaldvogel.mongo.bson.Document(
                "_id", new de.bwaldvogel.mongo.bson.Document("$in", Arrays.asList(1L, 2)));
        de.bwaldvogel.mongo.bson.Document withNull = new de.bwaldvogel.mongo.bson.Document(
                "_id", new de.bwaldvogel.mongo.bson.Document("$in", Arrays.asList("a", null)));
        assertThat(InList.of(strings, "_id")).isEqualTo(new InList("_id", String.class, List.of("a", "b")));
        assertThat(InList.of(mixed, "_id")).isNull();
        assertThat(InList.of(withNull, "_id")).isNull();
        assertThat(InList.of(new de.bwaldvogel.mongo.bson.Document(
                "_id", new de.bwaldvogel.mongo.bson.Document("$in", Arrays.asList(null, "a"))))).isNull();
        assertThat(InList.of(strings, "v")).isNull();
        assertThat(InList.of(new de.bwaldvogel.mongo.bson.Document(
                "commitKey", new de.bwaldvogel.mongo.bson.Document("$in", Arrays.asList("c#1", "c#2")))))
                .isEqualTo(new InList("commitKey", String.class, List.of("c#1", "c#2")));
        assertThat(InList.of(new de.bwaldvogel.mongo.bson.Document(
                "a.b", new de.bwaldvogel.mongo.bson.Document("$in", Arrays.asList("x"))))).isNull();
    }
}
