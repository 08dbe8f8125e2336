package vn.thidua.ledger.query.pledge;

import com.mongodb.client.MongoDatabase;
import vn.thidua.ledger.query.view.ViewDatabase;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.query.pledge.UnitPledges.Registration;
import vn.thidua.ledger.query.view.StoredView;
import vn.thidua.ledger.query.view.ViewJson;
import vn.thidua.ledger.query.view.ViewStore;

import java.util.List;

/**
 * The {@code pledges} view, in four collections so that no document grows with the campaign's history:
 * {@code pledgeCampaigns} ({@code _id} = campaign id: the coverage table, one line per unit),
 * {@code pledgeUnits} ({@code _id} = campaign id + ':' + unit id: the unit's head, {@link UnitPledges}),
 * {@code pledgeRegistrations} ({@code _id} = campaign id + ':' + unit id + ':' + registration number: one
 * registrant's pledge and its history; a page of a unit's registrations is one {@code $in} over numbers) and
 * {@code pledgeRegistrants} ({@code _id} = campaign id + ':' + registrant id: the registrant's unit and number,
 * which amendments and withdrawals do not carry).
 */
@Component
public class PledgeViews implements StoredView {

    public static final String NAME = "pledges";

    /** Where a registrant belongs, to route its later amendments and withdrawal: its unit and registration number. */
    public record RegistrantUnit(String unitId, String unitName, int number) {
    }

    private final ViewStore<CampaignPledges> campaigns;
    private final ViewStore<UnitPledges> units;
    private final ViewStore<RegistrantUnit> registrants;
    private final ViewStore<Registration> registrations;

    public PledgeViews(@ViewDatabase MongoDatabase database) {
        // Written in this order (ranks): the registrant's number, then the unit head counted from the registration as
        // it was, then the registration, then the campaign line computed from the head (see PledgeProjector).
        this.registrants = new ViewStore<>(database, "pledgeRegistrants", RegistrantUnit.class, ViewJson.mapper(), 0);
        this.units = new ViewStore<>(database, "pledgeUnits", UnitPledges.class, ViewJson.mapper(), 1);
        this.registrations = new ViewStore<>(database, "pledgeRegistrations", Registration.class, ViewJson.mapper(), 2);
        this.campaigns = new ViewStore<>(database, "pledgeCampaigns", CampaignPledges.class, ViewJson.mapper(), 3);
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

    public ViewStore<Registration> registrations() {
        return registrations;
    }

    public static String registrationKey(String campaignId, String unitId, long number) {
        return key(campaignId, unitId) + ":" + number;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<ViewStore<?>> stores() {
        return List.of(campaigns, units, registrants, registrations);
    }
}
