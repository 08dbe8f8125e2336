package vn.thidua.ledger.query.pledge;

import com.mongodb.client.MongoDatabase;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.query.view.StoredView;
import vn.thidua.ledger.query.view.ViewJson;
import vn.thidua.ledger.query.view.ViewStore;

import java.util.List;

/**
 * The {@code pledges} view, in three collections so that no document grows with the whole campaign:
 * {@code pledgeCampaigns} ({@code _id} = campaign id: the coverage table), {@code pledgeUnits}
 * ({@code _id} = campaign id + ':' + unit id: that unit's registrations) and {@code pledgeRegistrants}
 * ({@code _id} = campaign id + ':' + registrant id: the registrant's unit, which amendments and withdrawals
 * do not carry).
 */
@Component
public class PledgeViews implements StoredView {

    public static final String NAME = "pledges";

    /** Where a registrant belongs, to route its later amendments and withdrawal. */
    public record RegistrantUnit(String unitId, String unitName) {
    }

    private final ViewStore<CampaignPledges> campaigns;
    private final ViewStore<UnitPledges> units;
    private final ViewStore<RegistrantUnit> registrants;

    public PledgeViews(MongoDatabase database) {
        this.campaigns = new ViewStore<>(database, "pledgeCampaigns", CampaignPledges.class, ViewJson.mapper());
        this.units = new ViewStore<>(database, "pledgeUnits", UnitPledges.class, ViewJson.mapper());
        this.registrants = new ViewStore<>(database, "pledgeRegistrants", RegistrantUnit.class, ViewJson.mapper());
    }

    public static String key(String campaignId, String unitOrRegistrantId) {
        return campaignId + ":" + unitOrRegistrantId;
    }

    public ViewStore<CampaignPledges> campaigns() {
        return campaigns;
    }

    public ViewStore<UnitPledges> units() {
        return units;
    }

    public ViewStore<RegistrantUnit> registrants() {
        return registrants;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<ViewStore<?>> stores() {
        return List.of(campaigns, units, registrants);
    }
}
