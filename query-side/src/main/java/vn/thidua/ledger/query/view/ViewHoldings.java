package vn.thidua.ledger.query.view;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Writes that a rebuild holds back over several of its windows and then makes together, where making them window by
 * window would write the same documents again and again: the audit's posting lists take a position from nearly every
 * event, and a window of 2,000 events (the default then) rewrote the open chunk of each list it reached, each chunk
 * three or four times before it was full (docs/benchmarks.md, "Session 31").
 * <p>
 * A rebuild's token moves past a window only once what it held back is written (the rebuild's {@code ViewFold}), so a
 * node that dies meanwhile goes on from a token its view is complete up to. Used by one thread at a time: the
 * rebuild's writer. Live processors have none: their batches write everything when they end ({@link ViewBatch}).
 */
public final class ViewHoldings {

    /** What one participant holds back: written, then dropped, by {@link #write}. */
    public interface Held {

        /** How many items are held: bounds the memory a rebuild keeps. */
        int size();

        void write();
    }

    private final Map<Object, Held> held = new LinkedHashMap<>();

    /** What {@code owner} holds back, created on first use. */
    @SuppressWarnings("unchecked")
    public <H extends Held> H of(Object owner, Supplier<H> create) {
        return (H) held.computeIfAbsent(owner, key -> create.get());
    }

    public int size() {
        return held.values().stream().mapToInt(Held::size).sum();
    }

    public boolean isEmpty() {
        return held.isEmpty();
    }

    /** Writes everything held, in the order the owners first held something, and starts empty, even after a failure. */
    public void write() {
        try {
            held.values().forEach(Held::write);
        } finally {
            held.clear();
        }
    }
}
