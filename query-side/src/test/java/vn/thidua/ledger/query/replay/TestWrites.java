package vn.thidua.ledger.query.replay;

import vn.thidua.ledger.query.view.ViewBatch;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
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
