package vn.thidua.ledger.app.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.query.replay.ViewRebuilds;
import vn.thidua.ledger.query.view.ViewRegistry;

/**
 * Per view, as a query node sees it: {@code thidua.view.lag} (events between the store's head and the view's
 * position) and {@code thidua.view.progress} (percent of the way to the head a running rebuild started for; 100 when
 * caught up), read from the same status as {@code GET /api/admin/views} whenever the metrics are scraped. A command
 * node has no views and registers none.
 */
@Component
class ViewMetrics implements MeterBinder {

    static final String LAG = "thidua.view.lag";
    static final String PROGRESS = "thidua.view.progress";

    private final ObjectProvider<ViewRegistry> views;
    private final ObjectProvider<ViewRebuilds> rebuilds;

    ViewMetrics(ObjectProvider<ViewRegistry> views, ObjectProvider<ViewRebuilds> rebuilds) {
        this.views = views;
        this.rebuilds = rebuilds;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        ViewRebuilds status = rebuilds.getIfAvailable();
        ViewRegistry registered = views.getIfAvailable();
        if (status == null || registered == null) {
            return;
        }
        registered.all().forEach(view -> {
            Gauge.builder(LAG, status, rebuilds -> rebuilds.status(view.name()).lag())
                 .tag("view", view.name()).description("events the view is behind the event store's head")
                 .register(registry);
            Gauge.builder(PROGRESS, status, rebuilds -> rebuilds.status(view.name()).progress().doubleValue())
                 .tag("view", view.name()).description("percent of the way to the head its last rebuild started for")
                 .baseUnit("percent").register(registry);
        });
    }
}
