package vn.thidua.ledger.query.replay;

import vn.thidua.ledger.query.view.ViewBatch;
import vn.thidua.ledger.query.view.ViewHoldings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** View batch writes that the rebuild tests hold or make fail. */
final class TestWrites {

    private TestWrites() {
    }

    /** A write that says it has begun ({@code held}), then waits for {@code mayEnd}, at most {@code atMost}. */
    record HeldWrite(CountDownLatch held, CountDownLatch mayEnd, Duration atMost) implements ViewBatch.Participant {

        @Override
        public void flush() {
            held.countDown();
            try {
                mayEnd.await(atMost.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public int rank() {
            return 0;
        }
    }

    /** A batch's payloads, held back over windows in {@code holdings} ({@link HeldBack}). */
    record HoldingBack(ViewHoldings holdings, HeldBack into, List<String> payloads) implements ViewBatch.Participant {

        HoldingBack(ViewHoldings holdings, HeldBack into) {
            this(holdings, into, new ArrayList<>());
        }

        @Override
        public void flush() {
            throw new AssertionError("a rebuild's batches are deferred, not flushed");
        }

        @Override
        public int rank() {
            return 0;
        }

        @Override
        public ViewBatch.Deferred defer() {
            return new ViewBatch.Deferred(() -> holdings.of(into, () -> into).payloads.addAll(payloads), () -> { });
        }
    }

    /** What the windows held back: each write's payloads, or a failure ({@code fails}); its size can be set. */
    static final class HeldBack implements ViewHoldings.Held {

        final List<List<String>> written = new CopyOnWriteArrayList<>();
        private final List<String> payloads = new ArrayList<>();
        volatile int size;
        volatile boolean fails;

        @Override
        public int size() {
            return Math.max(size, payloads.size());
        }

        @Override
        public void write() {
            if (fails) {
                throw new IllegalStateException(FailingWrite.MESSAGE);
            }
            written.add(List.copyOf(payloads));
            payloads.clear();
        }
    }

    /** A write that fails: the view store is away. */
    static final class FailingWrite implements ViewBatch.Participant {

        static final String MESSAGE = "the view store is away";

        @Override
        public void flush() {
            throw new IllegalStateException(MESSAGE);
        }

        @Override
        public int rank() {
            return 0;
        }
    }
}
