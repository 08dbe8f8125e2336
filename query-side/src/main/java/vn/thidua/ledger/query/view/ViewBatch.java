package vn.thidua.ledger.query.view;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

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

        /**
         * Takes this participant's writes out of the batch, to be made later, on another thread
         * ({@link ViewBatch#defer()}). By default they are made as {@link #flush} makes them: right for a participant
         * that reads nothing while the events are folded, only when it writes. One that does read then (a {@link ViewStore}) overrides this,
         * so that the next batch reads what this one will have written.
         */
        default Deferred defer() {
            return new Deferred(this::flush, () -> { });
        }
    }

    /**
     * A batch's writes, taken out of it to be made on another thread: {@code write} once, then {@code release} in
     * any case (written, failed or dropped), which lets go of what the next batches read in place of the unwritten
     * documents.
     */
    public record Deferred(Runnable write, Runnable release) {

        /** Nothing to write. */
        public static final Deferred NONE = new Deferred(() -> { }, () -> { });

        /** Writes, then releases, even if the write fails. */
        public void writeAndRelease() {
            try {
                write.run();
            } finally {
                release.run();
            }
        }
    }

    private final Map<Object, Participant> participants = new LinkedHashMap<>();
    private final ViewHoldings holdings;

    private ViewBatch(ViewHoldings holdings) {
        this.holdings = holdings;
    }

    /** The batch of the current unit of work, if a {@link ViewBatchInterceptor} opened one. */
    public static Optional<ViewBatch> current() {
        if (!CurrentUnitOfWork.isStarted()) {
            return Optional.empty();
        }
        return Optional.ofNullable(CurrentUnitOfWork.get().resources().get(RESOURCE)).map(ViewBatch.class::cast);
    }

    /** Opens (or finds) the batch of {@code unitOfWork}. */
    public static ViewBatch openIn(UnitOfWork<?> unitOfWork) {
        return openIn(unitOfWork, null);
    }

    /**
     * Opens the batch of a rebuild's window: its participants may hold writes back in {@code holdings}, over this
     * window and the next ones, when they are {@link #defer deferred}.
     */
    public static ViewBatch openIn(UnitOfWork<?> unitOfWork, ViewHoldings holdings) {
        return (ViewBatch) unitOfWork.resources().computeIfAbsent(RESOURCE, key -> new ViewBatch(holdings));
    }

    /** Where a rebuild's writer keeps what its participants hold back over windows; none in a processor's batch. */
    public Optional<ViewHoldings> holdings() {
        return Optional.ofNullable(holdings);
    }

    /**
     * Whether this is a rebuild's window, not a processor's batch: the view was cleared when the rebuild began, and
     * each event of the stream is folded in one window only, whose writes are made once.
     */
    public boolean inRebuild() {
        return holdings != null;
    }

    /** The pending writes of {@code owner} in this batch, created on first use. */
    @SuppressWarnings("unchecked")
    public <P extends Participant> P participant(Object owner, Supplier<P> create) {
        Participant known = participants.get(owner);
        return (P) (known != null ? known : participants.computeIfAbsent(owner, key -> create.get()));
    }

    /** Writes everything pending, in joining order, and starts empty. */
    public void flush() {
        ranked().forEach(Participant::flush);
        participants.clear();
    }

    /**
     * Takes everything pending out, to be written later in the same order ({@link Participant#defer}), and starts
     * empty: a rebuild folds the next window while this one is written. Until then, the views read in later batches
     * are these writes' documents, not the stored ones.
     */
    public Deferred defer() {
        List<Deferred> parts = ranked().map(Participant::defer).toList();
        participants.clear();
        return new Deferred(() -> parts.forEach(part -> part.write().run()),
                            () -> parts.forEach(part -> part.release().run()));
    }

    private Stream<Participant> ranked() {
        return participants.values().stream().sorted(Comparator.comparingInt(Participant::rank));
    }
}
