package vn.thidua.ledger.query.replay;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.StreamableMessageSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The event stream from its start, read ahead in windows of consecutive events, each event deserialized once for every
 * view of a {@link BulkRebuild}: each view's folding thread takes the same windows and finds payloads ready. Three
 * stages overlap, each on a thread of its own: a fetcher takes windows of stored events from the stream (round trips
 * to the database), a reader deserializes the events of one window while the next is fetched, and the views fold. A
 * view may fall behind the others by {@link #AHEAD} windows; then the reader waits for it. The stream ends where it
 * stood when the fetcher reached it (the first time no event is available): the processors take over from there.
 */
final class EventWindows implements AutoCloseable {

    /** Windows read ahead of each view: enough to keep its folding busy, few enough to bound the memory. */
    private static final int AHEAD = 4;
    /** Windows fetched ahead of the reader: one being deserialized, one waiting, one being fetched. */
    private static final int FETCHED_AHEAD = 1;
    /** How often a reader waiting for a slow view looks whether that view has left. */
    private static final long RECHECK_MILLIS = 100;

    /**
     * Consecutive events of the stream, and for each a bit set per view (by its index in the rebuild) that takes it.
     *
     * @param takers one mask per event: bit {@code i} set if view {@code i} handles it
     */
    record Window(List<TrackedEventMessage<?>> events, long[] takers) {

        long lastPosition() {
            return events.get(events.size() - 1).trackingToken().position().orElse(-1L);
        }
    }

    private record Item(Window window, Throwable failure) {
    }

    /** Stored events of a window as fetched, not yet deserialized; {@code events} null at the end or a failure. */
    private record Fetched(List<TrackedEventMessage<?>> events, Throwable failure) {
    }

    private static final Item END = new Item(null, null);

    private final BlockingStream<TrackedEventMessage<?>> stream;
    private final List<ViewFold> folds;
    private final int size;
    private final List<BlockingQueue<Item>> ahead = new ArrayList<>();
    private final BlockingQueue<Fetched> fetched = new ArrayBlockingQueue<>(FETCHED_AHEAD);
    private final Set<Integer> left = ConcurrentHashMap.newKeySet();
    private final List<Thread> threads;
    private volatile boolean closed;

    EventWindows(StreamableMessageSource<TrackedEventMessage<?>> source, List<ViewFold> folds, int size) {
        this.stream = source.openStream(null);
        this.folds = List.copyOf(folds);
        this.size = size;
        folds.forEach(fold -> ahead.add(new ArrayBlockingQueue<>(AHEAD)));
        this.threads = List.of(daemon(this::fetch, "view-rebuild-fetcher"), daemon(this::read, "view-rebuild-reader"));
        threads.forEach(Thread::start);
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    /** The next window for view {@code view} (its index), or empty at the end. Rethrows what stopped the fetch. */
    Optional<Window> next(int view) throws InterruptedException {
        Item item = ahead.get(view).take();
        if (item.failure != null) {
            throw new IllegalStateException("The event stream could not be read", item.failure);
        }
        return Optional.ofNullable(item.window);
    }

    /** View {@code view} takes no more windows (it is done, or failed): the reader no longer waits for it. */
    void leave(int view) {
        left.add(view);
        ahead.get(view).clear();
    }

    @Override
    public void close() {
        closed = true;
        threads.forEach(Thread::interrupt);
    }

    /** The fetcher: windows of stored events into {@link #fetched}, then the end or what stopped it. */
    private void fetch() {
        Fetched last = new Fetched(null, null);
        try {
            List<TrackedEventMessage<?>> events;
            while (!closed && !(events = fetchWindow()).isEmpty()) {
                fetched.put(new Fetched(events, null));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (RuntimeException | Error e) {
            // Passed on to every view (an Error too), so that none waits for a window that will never come.
            last = new Fetched(null, e);
        } finally {
            stream.close();
        }
        try {
            fetched.put(last);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The reader: deserializes each fetched window and hands it to the views, then the end or the fetcher's failure. */
    private void read() {
        try {
            Fetched next;
            while ((next = fetched.take()).events != null) {
                handOut(new Item(classify(next.events), null));
            }
            handOut(next.failure == null ? END : new Item(null, next.failure));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            try {
                handOut(new Item(null, e));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Gives {@code item} to every view still taking windows, waiting while one of them is {@link #AHEAD} behind. */
    private void handOut(Item item) throws InterruptedException {
        for (int view = 0; view < ahead.size(); view++) {
            while (!left.contains(view) && !ahead.get(view).offer(item, RECHECK_MILLIS, TimeUnit.MILLISECONDS)) {
                if (closed) {
                    return;
                }
            }
        }
    }

    private List<TrackedEventMessage<?>> fetchWindow() throws InterruptedException {
        List<TrackedEventMessage<?>> events = new ArrayList<>(size);
        while (!closed && stream.hasNextAvailable() && (events.size() < size || sameToken(events))) {
            events.add(stream.nextAvailable());
        }
        return events;
    }

    /** The window of {@code events}: which views take each, and those events deserialized. */
    private Window classify(List<TrackedEventMessage<?>> events) {
        long[] takers = new long[events.size()];
        for (int e = 0; e < takers.length; e++) {
            TrackedEventMessage<?> event = events.get(e);
            for (int i = 0; i < folds.size(); i++) {
                if (folds.get(i).takes(event)) {
                    takers[e] |= 1L << i;
                }
            }
            if (takers[e] != 0) {
                deserialize(event);
            }
        }
        return new Window(events, takers);
    }

    /**
     * Whether the next event has the token of the window's last: events an upcaster made of one stored event share it,
     * and a token stored between them would skip the rest (Axon's processors keep them in one batch too).
     */
    private boolean sameToken(List<TrackedEventMessage<?>> events) {
        return stream.peek().map(next -> next.trackingToken().equals(events.get(events.size() - 1).trackingToken()))
                     .orElse(false);
    }

    /**
     * Deserializes the payload here, off the folding thread; the message keeps the result. An event that does not
     * deserialize is left as it is: its view's handler meets the same failure, and the view's error handler records
     * it, as live. The metadata is left to the views that read it (the audit, the rankings' and rounds' histories):
     * the others never do, and reading it for them was a twentieth of their rebuild (docs/benchmarks.md, "Session 42").
     * The first view to read it deserializes it, once for all: the message keeps it as it keeps the payload.
     */
    private static void deserialize(TrackedEventMessage<?> event) {
        try {
            event.getPayload();
        } catch (RuntimeException undecodable) {
            // see above: reported by the view's own error handling
        }
    }
}
