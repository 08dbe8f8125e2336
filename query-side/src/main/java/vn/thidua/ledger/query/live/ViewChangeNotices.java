package vn.thidua.ledger.query.live;

import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.query.view.ViewBatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a projector says "this public view changed": the notice goes out on the live stream only once the view is
 * written, so a page that refetches on the notice reads the new view, never the old one. In a processor batch the
 * notices are the batch's last participant ({@link ViewBatch}): published when the batch is written, after its views
 * (live: ViewBatchInterceptor; in a rebuild, on the view's writer thread after the window's writes, which the fold of
 * the next window does not wait for). Outside a batch, after the unit of work commits. Nothing is sent for events
 * replayed while a view is rebuilt: the facts are old, and a replay would flood every open page.
 * <p>
 * Only the node whose processor handles the event sends it: a client connected to another query node misses it
 * (docs/web.md, "Live updates").
 */
@Component
public class ViewChangeNotices {

    private final LiveUpdates live;

    ViewChangeNotices(LiveUpdates live) {
        this.live = live;
    }

    public void rankingPublished(String campaignId, long position, ReplayStatus replay) {
        onceWritten(LiveUpdate.rankingPublished(campaignId, position), replay);
    }

    public void roundClosed(String roundId, String campaignId, long position, ReplayStatus replay) {
        onceWritten(LiveUpdate.roundClosed(roundId, campaignId, position), replay);
    }

    private void onceWritten(LiveUpdate update, ReplayStatus replay) {
        if (replay.isReplay()) {
            return;
        }
        Optional<ViewBatch> batch = ViewBatch.current();
        if (batch.isPresent()) {
            batch.get().participant(this, BatchNotices::new).updates.add(update);
        } else if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> live.publish(update));
        } else {
            live.publish(update);
        }
    }

    /** The notices of one batch, published when it is written, after everything else it writes. */
    private final class BatchNotices implements ViewBatch.Participant {

        private final List<LiveUpdate> updates = new ArrayList<>();

        @Override
        public void flush() {
            updates.forEach(live::publish);
            updates.clear();
        }

        @Override
        public int rank() {
            return Integer.MAX_VALUE;
        }
    }
}
