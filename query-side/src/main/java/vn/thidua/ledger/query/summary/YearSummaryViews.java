package vn.thidua.ledger.query.summary;

import java.util.List;

import com.mongodb.client.MongoDatabase;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.query.view.ViewJson;
import vn.thidua.ledger.query.view.ViewStore;
import vn.thidua.ledger.query.view.StoredView;

/**
 * The year summaries ({@code _id} = campaign id, i.e. {@code <clusterId>-<year>}; the per-cluster templates as
 * {@code cluster:<clusterId>}) and the links from rounds and decisions to the campaign whose summary they join.
 */
@Component
public class YearSummaryViews implements StoredView {

    public static final String NAME = "yearSummaries";
    static final String LINKS = "yearSummaryLinks";

    private final ViewStore<YearSummaryState> summaries;
    private final ViewStore<SummaryLink> links;

    public YearSummaryViews(MongoDatabase database) {
        this.summaries = new ViewStore<>(database, NAME, YearSummaryState.class, ViewJson.mapper());
        this.links = new ViewStore<>(database, LINKS, SummaryLink.class, ViewJson.mapper());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<ViewStore<?>> stores() {
        return List.of(summaries, links);
    }

    public ViewStore<YearSummaryState> summaries() {
        return summaries;
    }

    ViewStore<SummaryLink> links() {
        return links;
    }

    static String templateId(String clusterId) {
        return "cluster:" + clusterId;
    }

    void clear() {
        summaries.clear();
        links.clear();
    }

    /** The campaign (summary id) a round or decision belongs to. */
    record SummaryLink(String campaignId) {
    }
}
