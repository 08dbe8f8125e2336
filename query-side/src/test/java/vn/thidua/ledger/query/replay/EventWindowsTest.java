package vn.thidua.ledger.query.replay;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The stream of a rebuild, fetched, deserialized and handed to each view in windows, on threads of its own. */
class EventWindowsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
                                                               .storageEngine(new InMemoryEventStorageEngine())
                                                               .build();
    /** View 0 takes the text events, view 1 the numbers. */
    private final List<ViewFold> folds = List.of(fold("texts", new Texts()), fold("numbers", new Numbers()));

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    @Test
    void everyViewGetsTheSameWindowsOfTheWholeStreamInOrderEachEventMarkedForTheViewsThatTakeIt() throws Exception {
        publish("a", 1, "b", 2, 3);

        try (EventWindows windows = new EventWindows(store, folds, 2)) {
            for (int view = 0; view < folds.size(); view++) {
                List<EventWindows.Window> taken = drain(windows, view);

                assertThat(taken).extracting(window -> window.events().size()).containsExactly(2, 2, 1);
                assertThat(taken).extracting(EventWindows.Window::lastPosition).containsExactly(1L, 3L, 4L);
                assertThat(taken.stream().flatMap(window -> window.events().stream())
                                .<Object>map(TrackedEventMessage::getPayload))
                        .containsExactly("a", 1, "b", 2, 3);
                assertThat(taken.stream().flatMapToLong(window -> Arrays.stream(window.takers())))
                        .containsExactly(0b01L, 0b10L, 0b01L, 0b10L, 0b10L);
            }
        }
    }

    @Test
    void whatStopsTheFetchReachesEveryViewAfterTheWindowsFetchedBeforeIt() throws Exception {
        publish("a", 1, "b", 2, 3);

        try (EventWindows windows = new EventWindows(StreamFailingAt.event(store, 4), folds, 2)) {
            for (int view = 0; view < folds.size(); view++) {
                assertThat(windows.next(view)).map(EventWindows.Window::lastPosition).hasValue(1L);
                int failing = view;
                assertThatThrownBy(() -> windows.next(failing)).isInstanceOf(IllegalStateException.class)
                                                                .hasRootCauseInstanceOf(NoClassDefFoundError.class);
            }
        }
    }

    @Test
    void closedWindowsLetTheirThreadsGoEvenWithNoViewTakingAnything() throws Exception {
        publish(IntStream.range(0, 50).boxed().toArray());

        new EventWindows(store, folds, 1).close();

        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!rebuildThreads().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(rebuildThreads()).isEmpty();
    }

    private void publish(Object... payloads) {
        for (Object payload : payloads) {
            store.publish(GenericEventMessage.asEventMessage(payload));
        }
    }

    private static List<EventWindows.Window> drain(EventWindows windows, int view) throws InterruptedException {
        List<EventWindows.Window> taken = new ArrayList<>();
        for (Optional<EventWindows.Window> next = windows.next(view); next.isPresent(); next = windows.next(view)) {
            taken.add(next.get());
        }
        return taken;
    }

    private static List<String> rebuildThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                     .filter(name -> name.equals("view-rebuild-fetcher") || name.equals("view-rebuild-reader"))
                     .toList();
    }

    private static ViewFold fold(String name, Object handlers) {
        return new ViewFold(name, SimpleEventHandlerInvoker.builder().eventHandlers(handlers).build(),
                            NoTransactionManager.INSTANCE, new GlobalSequenceTrackingToken(-1), Clock.systemUTC());
    }

    static final class Texts {
        @EventHandler
        void on(String text) {
            // only what it takes matters here
        }
    }

    static final class Numbers {
        @EventHandler
        void on(Integer number) {
            // only what it takes matters here
        }
    }
}
