package vn.thidua.ledger.query.view;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The view writes of one processor batch: every document the batch's events touch is read at most once, folded in
 * memory, and written once when the batch ends ({@link #flush}), one bulk write per collection. It lives in the
 * resources of the batch's Axon {@link UnitOfWork}, so it is dropped with a batch that rolls back, and
 * {@link ViewBatchInterceptor} flushes it while handling the batch's last event: before the processor stores its
 * token at prepare-commit, so a token never gets ahead of the views it covers.
 * <p>
 * Participants ({@link ViewStore}s, the audit postings) flush by their {@link Participant#rank() rank}, then in the
 * order they joined the batch. A view whose documents are derived from one another ranks them (a unit's head before
 * its registrations, a registration before the campaign table computed from the heads), so that a batch which fails
 * half-written leaves the derived documents behind, never ahead, and its redelivery completes them.
 */
public final class ViewBatch {

    private static final String RESOURCE = ViewBatch.class.getName();

    /** Something that holds pending writes of a batch. */
    public interface Participant {
        void flush();

        /** Lower ranks are written first. */
        int rank();
    }

    private final Map<Object, Participant> participants = new LinkedHashMap<>();

    /** The batch of the current unit of work, if a {@link ViewBatchInterceptor} opened one. */
    public static Optional<ViewBatch> current() {
        if (!CurrentUnitOfWork.isStarted()) {
            return Optional.empty();
        }
        return Optional.ofNullable(CurrentUnitOfWork.get().resources().get(RESOURCE)).map(ViewBatch.class::cast);
    }

    /** Opens (or finds) the batch of {@code unitOfWork}. */
    public static ViewBatch openIn(UnitOfWork<?> unitOfWork) {
        return (ViewBatch) unitOfWork.resources().computeIfAbsent(RESOURCE, key -> new ViewBatch());
    }

    /** The pending writes of {@code owner} in this batch, created on first use. */
    @SuppressWarnings("unchecked")
    public <P extends Participant> P participant(Object owner, Supplier<P> create) {
        return (P) participants.computeIfAbsent(owner, key -> create.get());
    }

    /** Writes everything pending, in joining order, and starts empty. */
    public void flush() {
        participants.values().stream().sorted(Comparator.comparingInt(Participant::rank)).forEach(Participant::flush);
        participants.clear();
    }
}
