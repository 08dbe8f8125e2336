package vn.thidua.ledger.query.asof;

import vn.thidua.ledger.query.view.EventFacts;

/**
 * A view that is the fold of one aggregate's events (the ranking of a campaign, a nomination round), declared
 * once so that an as-of read and the fold checkpoints use the same fold and the same JSON type. Every bean of
 * this type gets checkpoints (see {@link FoldCheckpoints}).
 *
 * @param <V> the view's immutable record type
 * @param <E> the events it folds; other events of the aggregate pass by
 */
public interface FoldedView<V, E> {

    /** The view's name, part of its checkpoints' keys. */
    String name();

    Class<V> viewType();

    Class<E> eventType();

    /** @return the next view, or {@code state} itself for an event that does not change it */
    V apply(V state, E event, EventFacts facts);
}
