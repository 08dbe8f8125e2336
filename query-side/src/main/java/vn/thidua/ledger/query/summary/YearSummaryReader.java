package vn.thidua.ledger.query.summary;

import java.util.List;

import org.springframework.stereotype.Component;
import vn.thidua.ledger.query.asof.AsOf;
import vn.thidua.ledger.query.asof.AsOfReader;
import vn.thidua.ledger.query.asof.AsOfReader.PositionedEvent;
import vn.thidua.ledger.query.view.Versioned;
import vn.thidua.ledger.query.view.ViewNotFoundException;

/**
 * Đọc báo cáo tổng kết (reading a year summary): as it stands, or as it stood at a past moment, for the JSON read and
 * the Word document alike, so that both show the same year at the same instant with the same ETag.
 */
@Component
class YearSummaryReader {

    private final YearSummaryViews views;
    private final AsOfReader asOfReader;

    YearSummaryReader(YearSummaryViews views, AsOfReader asOfReader) {
        this.views = views;
        this.asOfReader = asOfReader;
    }

    /**
     * @param asOf null for the live view; else a global position or an ISO-8601 instant (400 INVALID_AS_OF otherwise)
     * @throws ViewNotFoundException if the cluster has no campaign for the year (at that moment)
     */
    Versioned<YearSummaryState> read(String clusterId, int year, String asOf) {
        Versioned<YearSummaryState> live = views.summaries().find(clusterId + "-" + year).orElseThrow(
                () -> new ViewNotFoundException("No year summary of cluster " + clusterId + " for " + year));
        if (asOf == null) {
            return live;
        }
        Versioned<YearSummaryState> then = fold(AsOf.parse(asOf), live.view());
        if (then.view().year() == null) {
            throw new ViewNotFoundException("Cluster " + clusterId + " had no campaign for " + year + " as of " + asOf);
        }
        return then;
    }

    /** The same fold over the contributing aggregates' events up to the cut: a live view's history, not a copy. */
    private Versioned<YearSummaryState> fold(AsOf cut, YearSummaryState live) {
        List<PositionedEvent> events = asOfReader.read(cut, live.contributors());
        YearSummaryFold.InMemory fold = new YearSummaryFold.InMemory(YearSummaryState.template(live.clusterId()));
        events.forEach(event -> fold.apply(event.payload()));
        return new Versioned<>(fold.state(), events.isEmpty() ? 0 : events.get(events.size() - 1).globalIndex());
    }
}
