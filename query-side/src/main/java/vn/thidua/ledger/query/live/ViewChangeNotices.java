package vn.thidua.ledger.query.live;

import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Where a projector says "this public view changed": the notice goes out on the live stream only after the
 * processor's unit of work commits, i.e. after the view batch is written (ViewBatchInterceptor), so a page that
 * refetches on the notice reads the new view, never the old one. Nothing is sent while a view is rebuilt: the facts
 * are old, and a replay would flood every open page.
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
        afterCommit(LiveUpdate.rankingPublished(campaignId, position), replay);
    }

    public void roundClosed(String roundId, String campaignId, long position, ReplayStatus replay) {
        afterCommit(LiveUpdate.roundClosed(roundId, campaignId, position), replay);
    }

    private void afterCommit(LiveUpdate update, ReplayStatus replay) {
        if (replay.isReplay()) {
            return;
        }
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> live.publish(update));
        } else {
            live.publish(update);
        }
    }
}
