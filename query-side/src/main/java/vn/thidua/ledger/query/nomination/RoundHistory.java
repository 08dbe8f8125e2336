package vn.thidua.ledger.query.nomination;

import org.springframework.stereotype.Component;
import vn.thidua.ledger.events.nomination.NominationEvent;
import vn.thidua.ledger.query.asof.FoldedView;
import vn.thidua.ledger.query.view.EventFacts;

/** A nomination round as a fold of its events, for as-of reads and their checkpoints. */
@Component
public class RoundHistory implements FoldedView<RoundView, NominationEvent> {

    @Override
    public String name() {
        return RoundViews.NAME;
    }

    @Override
    public Class<RoundView> viewType() {
        return RoundView.class;
    }

    @Override
    public Class<NominationEvent> eventType() {
        return NominationEvent.class;
    }

    @Override
    public RoundView apply(RoundView state, NominationEvent event, EventFacts facts) {
        return RoundFold.apply(state, event, facts);
    }
}
