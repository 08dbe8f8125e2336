package vn.thidua.ledger.app.axon;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A stream of {@link LingeringEventStore} that offers its reader an availability callback, which Axon's embedded store
 * does not; the store runs it periodically ({@link #eventsMayBeAvailable}). A pooled processor's coordinator given one
 * waits for it instead of scheduling its own look for events every 500 ms, which a stop request could not overtake.
 */
final class NotifyingEventStream implements TrackingEventStream {

    private final TrackingEventStream delegate;
    private final Set<NotifyingEventStream> notified;
    private volatile Runnable callback;

    /** @param notified the store's streams with a callback: this one joins once given one, and leaves when closed */
    NotifyingEventStream(TrackingEventStream delegate, Set<NotifyingEventStream> notified) {
        this.delegate = delegate;
        this.notified = notified;
    }

    @Override
    public boolean setOnAvailableCallback(Runnable callback) {
        this.callback = callback;
        notified.add(this);
        return true;
    }

    /** Runs the reader's callback: events may be available (the reader looks, and may find none). */
    void eventsMayBeAvailable() {
        Runnable current = callback;
        if (current != null) {
            current.run();
        }
    }

    @Override
    public Optional<TrackedEventMessage<?>> peek() {
        return delegate.peek();
    }

    @Override
    public boolean hasNextAvailable() {
        return delegate.hasNextAvailable();
    }

    @Override
    public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
        return delegate.hasNextAvailable(timeout, unit);
    }

    @Override
    public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
        return delegate.nextAvailable();
    }

    @Override
    public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
        delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
    }

    @Override
    public void close() {
        notified.remove(this);
        delegate.close();
    }
}
