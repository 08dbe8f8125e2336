package vn.thidua.ledger.query.live;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.query.view.ViewBatch;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** A notice goes out only once the view it announces is written, whether the batch is written at once or later. */
class ViewChangeNoticesTest {

    private static final String CAMPAIGN = "btp-cum-iv-2022";

    /** What happened, in order: the view's write, then each notice published. */
    private final List<String> happened = new CopyOnWriteArrayList<>();
    private final LiveUpdates live = new LiveUpdates(10, Duration.ofMinutes(1), Duration.ofHours(1)) {
        @Override
        public void publish(LiveUpdate update) {
            happened.add(update.name() + " " + update.position());
        }
    };
    private final ViewChangeNotices notices = new ViewChangeNotices(live);
    private UnitOfWork<?> unitOfWork;

    @AfterEach
    void close() throws Exception {
        live.destroy();
    }

    @Test
    void inALiveBatchTheNoticeGoesOutWhenTheBatchIsWrittenAfterTheViews() {
        ViewBatch batch = batchAnnouncing(() -> notices.rankingPublished(CAMPAIGN, 7, ReplayStatus.REGULAR));

        assertThat(happened).isEmpty();
        batch.flush();
        unitOfWork.commit();

        assertThat(happened).containsExactly("view written", LiveUpdate.RANKING_PUBLISHED + " 7");
    }

    /**
     * A rebuild commits a window's unit of work before its writes are made (write-behind): the notice waits for the
     * writes, not for the commit.
     */
    @Test
    void inARebuildsDeferredBatchTheNoticeGoesOutWithTheWritesNotAtTheCommit() {
        ViewBatch.Deferred writes = batchAnnouncing(
                () -> notices.roundClosed("btp-cum-iv-2022-co-thi-dua", CAMPAIGN, 9, ReplayStatus.REGULAR)).defer();
        unitOfWork.commit();

        assertThat(happened).isEmpty();
        writes.writeAndRelease();

        assertThat(happened).containsExactly("view written", LiveUpdate.ROUND_CLOSED + " 9");
    }

    @Test
    void aReplayedEventSendsNothing() {
        ViewBatch batch = batchAnnouncing(() -> notices.rankingPublished(CAMPAIGN, 7, ReplayStatus.REPLAY));
        batch.flush();
        unitOfWork.commit();

        assertThat(happened).containsExactly("view written");
    }

    /** A batch of a new unit of work ({@link #unitOfWork}) in which {@code announce} runs, then a view joins. */
    private ViewBatch batchAnnouncing(Runnable announce) {
        unitOfWork = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("event"));
        ViewBatch batch = ViewBatch.openIn(unitOfWork);
        announce.run();
        batch.participant("the view", ViewWrite::new);
        return batch;
    }

    /** A view's write in the batch, at the lowest rank. */
    private final class ViewWrite implements ViewBatch.Participant {

        @Override
        public void flush() {
            happened.add("view written");
        }

        @Override
        public int rank() {
            return 0;
        }
    }
}
