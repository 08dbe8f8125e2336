package vn.thidua.ledger.app.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;

/** Which updates the embedded store applies itself ({@link AppendEach}), and what it makes of a stored document. */
class AppendEachTest {

    private static Document each(Object... values) {
        return new Document("$each", new ArrayList<>(List.of(values)));
    }

    @Test
    void takesPushesOfEachListsAndSetsOfStringsOnTopLevelFields() {
        Document update = new Document("$push", new Document("p", each(7L, 8L)))
                .append("$set", new Document("v", "c|0|k#2"));

        assertThat(AppendEach.of(update)).isEqualTo(new AppendEach(false, Map.of("p", List.of(7L, 8L)), Map.of("v", "c|0|k#2")));
        assertThat(AppendEach.of(new Document("$push", new Document("p", each())))).isNotNull();
        assertThat(AppendEach.of(new Document("$addToSet", new Document("e", each("x")))))
                .isEqualTo(new AppendEach(true, Map.of("e", List.of("x")), Map.of()));
    }

    @Test
    void leavesEveryOtherUpdateToTheServer() {
        List<Document> others = List.of(
                new Document("$set", new Document("v", "x")),                                   // no push
                new Document("$push", new Document("p", 7L)),                                    // one value, no $each
                new Document("$push", new Document("p", each(7L).append("$slice", 2))),          // a modifier
                new Document("$push", new Document("a.b", each(7L))),                            // a path
                new Document("$push", new Document("p", each(7L))).append("$set", new Document("n", 1L)), // a number
                new Document("$push", new Document("p", each(7L))).append("$set", new Document("_id", "x")),
                new Document("$push", new Document("p", each(7L))).append("$set", new Document("p", "x")),
                new Document("$push", new Document("p", each(7L))).append("$unset", new Document("v", "")),
                new Document("$push", new Document()),
                new Document("$push", new Document("p", new Document("$each", 7L))),            // $each of one value
                new Document("$push", new Document("p", each(7L))).append("$set", new Document("a.b", "x")),
                new Document("$push", new Document("p", each(7L))).append("$set", new Document("$x", "x")),
                new Document("$push", new Document("p", each(7L))).append("$addToSet", new Document("q", each(8L))),
                new Document("$addToSet", new Document("e", new Document("s", 1L))),                // one document
                new Document("$addToSet", new Document("e", each(7L))).append("$set", new Document("c1", new Document())),
                new Document("p", List.of(7L)));                                                 // a replacement
        others.forEach(update -> assertThat(AppendEach.of(update)).as(update.toString()).isNull());
    }

    @Test
    void makesANewDocumentAndLeavesTheStoredOneAsItWas() {
        List<Object> positions = new ArrayList<>(List.of(1L, 2L));
        Document stored = new Document("_id", "c|0|k").append("p", positions).append("v", "c|0|k#2");
        Document copy = new Document(stored);
        copy.put("p", List.copyOf(positions));

        Document updated = AppendEach.of(new Document("$push", new Document("p", each(3L)))
                .append("$set", new Document("v", "c|0|k#3"))).apply(stored);

        assertThat(updated).isEqualTo(new Document("_id", "c|0|k").append("p", List.of(1L, 2L, 3L))
                                                                  .append("v", "c|0|k#3"));
        assertThat(List.copyOf(updated.keySet())).containsExactly("_id", "p", "v");
        assertThat(stored).isEqualTo(copy);
    }

    /** As the server's {@code List.contains} per value: present already, or earlier in the same list, is left out. */
    @Test
    void addsToASetOnlyWhatItLacksInTheOrderGiven() {
        Document entry = new Document("s", 1L).append("g", 10L);
        Document stored = new Document("_id", "k|0").append("e", new ArrayList<>(List.of(entry)));

        Document updated = AppendEach.of(new Document("$addToSet", new Document("e", each(
                new Document("s", 2L).append("g", 11L), new Document("s", 1L).append("g", 10L),
                new Document("g", 10L).append("s", 1L), new Document("s", 2L).append("g", 11L))))).apply(stored);

        assertThat(updated.get("e")).isEqualTo(List.of(entry, new Document("s", 2L).append("g", 11L),
                                                        new Document("g", 10L).append("s", 1L)));
    }

    @Test
    void aFieldThatIsNotAListIsTheServersToRefuseOrCreate() {
        AppendEach push = AppendEach.of(new Document("$push", new Document("p", each(3L))));

        assertThat(push.apply(new Document("_id", "a").append("p", "text"))).isNull();
        assertThat(push.apply(new Document("_id", "a"))).isNull();
    }
}
