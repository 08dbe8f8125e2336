package vn.thidua.ledger.query.replay;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.StreamableMessageSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The event stream from its start, read ahead on a thread of its own in windows of consecutive events, each event
 * deserialized once there for every view of a {@link BulkRebuild}: the folding thread finds payloads and metadata
 * ready, and reading overlaps folding. The stream ends where it stood when the reader reached it (the first time
 * no event is available): the processors take over from there.
 */
final class EventWindows implements AutoCloseable {

    /** Windows read ahead: enough to keep the folding thread busy, few enough to bound the memory. */
    private static final int AHEAD = 4;

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

    private record Item(Window window, RuntimeException failure) {
    }

    private static final Item END = new Item(null, null);

    private final BlockingStream<TrackedEventMessage<?>> stream;
    private final List<ViewFold> folds;
    private final int size;
    private final BlockingQueue<Item> ahead = new ArrayBlockingQueue<>(AHEAD);
    private final Thread reader;
    private volatile boolean closed;

    EventWindows(StreamableMessageSource<TrackedEventMessage<?>> source, List<ViewFold> folds, int size) {
        this.stream = source.openStream(null);
        this.folds = List.copyOf(folds);
        this.size = size;
        this.reader = new Thread(this::read, "view-rebuild-reader");
        this.reader.setDaemon(true);
        this.reader.start();
    }

    /** The next window, or empty at the end. Rethrows what stopped the reader. */
    Optional<Window> next() throws InterruptedException {
        Item item = ahead.take();
        if (item.failure != null) {
            throw item.failure;
        }
        return Optional.ofNullable(item.window);
    }

    @Override
    public void close() {
        closed = true;
        reader.interrupt();
    }

    private void read() {
        Item last = END;
        try {
            while (!closed) {
                Window window = readWindow();
                if (window == null) {
                    break;
                }
                ahead.put(new Item(window, null));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (RuntimeException e) {
            last = new Item(null, e);
        } finally {
            stream.close();
        }
        try {
            ahead.put(last);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Window readWindow() throws InterruptedException {
        List<TrackedEventMessage<?>> events = new ArrayList<>(size);
        long[] takers = new long[size];
        while (events.size() < size && !closed && stream.hasNextAvailable()) {
            TrackedEventMessage<?> event = stream.nextAvailable();
            long mask = 0;
            for (int i = 0; i < folds.size(); i++) {
                if (folds.get(i).takes(event)) {
                    mask |= 1L << i;
                }
            }
            if (mask != 0) {
                deserialize(event);
            }
            takers[events.size()] = mask;
            events.add(event);
        }
        return events.isEmpty() ? null : new Window(events, takers);
    }

    /**
     * Deserializes here, off the folding thread; the message keeps the result. An event that does not deserialize is
     * left as it is: its view's handler meets the same failure, and the view's error handler records it, as live.
     */
    private static void deserialize(TrackedEventMessage<?> event) {
        try {
            event.getPayload();
            event.getMetaData();
        } catch (RuntimeException undecodable) {
            // see above: reported by the view's own error handling
        }
    }
}
