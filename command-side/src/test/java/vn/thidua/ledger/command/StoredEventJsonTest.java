package vn.thidua.ledger.command;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thidua.ledger.command.fixtures.Json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The stored JSON of every event type is a contract: it is pinned in {@code src/test/resources/event-json}.
 * An event must still serialize to exactly those bytes, and those bytes must still read back to the same
 * event, whatever happens to the serializer (a Jackson upgrade, a move to Jackson 3). A change here is a
 * change of the contract: give the event a new {@code @Revision} and an upcaster instead.
 */
class StoredEventJsonTest {

    static java.util.stream.Stream<Object> events() {
        return EventJsonRoundTripTest.oneOfEachEvent();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void theStoredJsonOfEveryEventTypeIsUnchanged(Object event) throws IOException {
        String name = event.getClass().getSimpleName() + ".json";
        String written = Json.write(event);
        try (InputStream stored = getClass().getResourceAsStream("/event-json/" + name)) {
            if (stored == null) {
                Path proposal = Path.of("target", "event-json", name);
                Files.createDirectories(proposal.getParent());
                Files.writeString(proposal, written);
                fail("No stored JSON for " + name + "; review and copy " + proposal + " to src/test/resources/event-json");
                return;
            }
            String pinned = new String(stored.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(written).isEqualTo(pinned);
            assertThat(Json.read(pinned, event.getClass())).isEqualTo(event);
        }
    }
}
