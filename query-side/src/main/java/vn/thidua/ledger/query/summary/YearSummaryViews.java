package vn.thidua.ledger.query.summary;

import java.util.List;
import vn.thidua.ledger.query.view.ViewDatabase;

import com.mongodb.client.MongoDatabase;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.query.summary.YearSummaryState.Pledge;
import vn.thidua.ledger.query.view.ViewJson;
import vn.thidua.ledger.query.view.ViewStore;
import vn.thidua.ledger.query.view.StoredView;

/**
 * The year summaries ({@code _id} = campaign id, i.e. {@code <clusterId>-<year>}; the per-cluster templates as
 * {@code cluster:<clusterId>}), the links from rounds and decisions to the campaign whose summary they join, and
 * each registrant's active pledge ({@value #PLEDGES}, {@code _id} = campaign id + ':' + registrant id), kept out of
 * the summary document so that it stays of a size bounded by the cluster's units, rounds and decisions.
 */
@Component
public class YearSummaryViews implements StoredView {

    public static final String NAME = "yearSummaries";
    static final String LINKS = "yearSummaryLinks";
    static final String PLEDGES = "yearSummaryPledges";

    private final ViewStore<YearSummaryState> summaries;
    private final ViewStore<SummaryLink> links;
    private final ViewStore<Standing> pledges;

    public YearSummaryViews(@ViewDatabase MongoDatabase database) {
        this.summaries = new ViewStore<>(database, NAME, YearSummaryState.class, ViewJson.mapper());
        this.links = new ViewStore<>(database, LINKS, SummaryLink.class, ViewJson.mapper());
        // After the summaries: a summary's tallies are counted from the pledge as it was before the event.
        this.pledges = new ViewStore<>(database, PLEDGES, Standing.class, ViewJson.mapper(), 1);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<ViewStore<?>> stores() {
        return List.of(summaries, links, pledges);
    }

    public ViewStore<YearSummaryState> summaries() {
        return summaries;
    }

    ViewStore<SummaryLink> links() {
        return links;
    }

    ViewStore<Standing> pledges() {
        return pledges;
    }

    static String pledgeId(String campaignId, String registrantId) {
        return campaignId + ":" + registrantId;
    }

    static String templateId(String clusterId) {
        return "cluster:" + clusterId;
    }

    void clear() {
        summaries.clear();
        links.clear();
        pledges.clear();
    }

    /** A registrant's active pledge; {@code null} once withdrawn. */
    record Standing(Pledge active) {
    }

    /** The campaign (summary id) a round or decision belongs to. */
    record SummaryLink(String campaignId) {
    }
}
