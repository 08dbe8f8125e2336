package vn.thidua.ledger.command.common;

import java.util.function.Function;
import java.util.function.Supplier;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.Repository;

/**
 * Reads the current, event-sourced state of one aggregate to fill a command for another one.
 *
 * <p>Why here and not from a view: some commands need facts that another aggregate owns (the
 * cluster's members of a year for a campaign launch, the pledges behind a round's candidates, a
 * closed round's winners for a decision). Taking them from the client would let the client
 * invent them; taking them from the query side would read a view that may lag behind the events
 * and would tie the command side to the read model (an ArchUnit rule forbids it). Loading the
 * source aggregate through Axon's {@link Repository} gives exactly the state the command side
 * itself would act on, with snapshots, by {@code _id} lookups only. The unit of work is rolled
 * back, never committed: reading must not append anything.
 *
 * <p>The facts are as of the moment of reading; the command that uses them goes to another
 * aggregate afterwards (no cross-aggregate transaction). What changes between the two (a unit
 * admitted a second later) is the ordinary race of two requests, and the source aggregate's own
 * rules still hold for its own commands.
 *
 * @param <T> the aggregate type read
 */
public final class AggregateReader<T> {

    private final Supplier<Repository<T>> repository;

    /** A supplier because Axon builds repositories only once its configuration has started. */
    public AggregateReader(Supplier<Repository<T>> repository) {
        this.repository = repository;
    }

    /** Applies the query to the aggregate; an unknown id surfaces as Axon's AggregateNotFoundException (404). */
    public <R> R read(String aggregateId, Function<T, R> query) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            return repository.get().load(aggregateId).invoke(query);
        } finally {
            unitOfWork.rollback();
        }
    }
}
