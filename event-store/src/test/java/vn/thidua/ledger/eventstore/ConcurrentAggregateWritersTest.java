package vn.thidua.ledger.eventstore;

import org.axonframework.common.lock.NullLockFactory;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** Two units of work load the same version of an aggregate and both try to append: one wins. */
class ConcurrentAggregateWritersTest {

    private final EventStoreFixture store = EventStoreFixture.inMemory();
    private final EmbeddedEventStore eventStore = EmbeddedEventStore.builder().storageEngine(store.engine()).build();
    private final EventSourcingRepository<Scorecard> repository =
            // No in-JVM lock: the two writers stand for two command nodes, which share nothing but the store.
            EventSourcingRepository.builder(Scorecard.class).eventStore(eventStore)
                                   .lockFactory(NullLockFactory.INSTANCE).build();

    @AfterEach
    void close() {
        eventStore.shutDown();
        store.close();
    }

    @Test
    void ofTwoWritersThatLoadedTheSameVersionExactlyOneCommitsAndTheOtherGetsAConcurrencyException()
            throws Exception {
        DefaultUnitOfWork.startAndGet(null).executeWithResult(() -> repository.newInstance(() -> new Scorecard("card-1")));
        CyclicBarrier bothLoaded = new CyclicBarrier(2);

        List<CompletableFuture<Void>> writers = new ArrayList<>();
        for (int points : new int[]{7, 9}) {
            writers.add(CompletableFuture.runAsync(() -> DefaultUnitOfWork.startAndGet(null).execute(() -> {
                var card = repository.load("card-1");
                await(bothLoaded);
                card.execute(scorecard -> scorecard.score(points));
            })));
        }
        List<Throwable> failures = new ArrayList<>();
        for (CompletableFuture<Void> writer : writers) {
            try {
                writer.get(60, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                failures.add(e.getCause());
            }
        }

        assertThat(failures).singleElement().isInstanceOf(ConcurrencyException.class);
        assertThat(eventStore.readEvents("card-1").asStream().toList()).hasSize(2);
        // Nothing half-written: the creation, one score, and the loser's indexes voided (no events).
        long commitsWithEvents = store.database.getCollection("eventCommits").find().into(new ArrayList<>())
                                               .stream().filter(c -> !c.getList("events", Object.class).isEmpty())
                                               .count();
        assertThat(commitsWithEvents).isEqualTo(2);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS); // a writer that never arrives fails the test, not the build
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A test aggregate: a unit's scorecard receiving points. */
    static class Scorecard {

        @AggregateIdentifier
        String id;

        Scorecard() {
        }

        Scorecard(String id) {
            apply(new EventStoreFixture.UnitScored(id, 0));
        }

        void score(int points) {
            apply(new EventStoreFixture.UnitScored(id, points));
        }

        @EventSourcingHandler
        void on(EventStoreFixture.UnitScored event) {
            this.id = event.unit();
        }
    }
}
