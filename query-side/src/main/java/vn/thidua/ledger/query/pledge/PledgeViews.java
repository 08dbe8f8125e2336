package vn.thidua.ledger.query.pledge;

import com.mongodb.client.MongoDatabase;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.query.pledge.UnitPledges.Registration;
import vn.thidua.ledger.query.view.StoredView;
import vn.thidua.ledger.query.view.Versioned;
import vn.thidua.ledger.query.view.ViewDatabase;
import vn.thidua.ledger.query.view.ViewJson;
import vn.thidua.ledger.query.view.ViewStore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The {@code pledges} view, in five collections so that no document grows with the campaign's history:
 * <ul>
 *   <li>{@code pledgeCampaigns} ({@code _id} = campaign id): the coverage table, one line per unit;</li>
 *   <li>{@code pledgeUnits} ({@code _id} = campaign id + ':' + unit id): the unit's head, {@link UnitPledges};</li>
 *   <li>{@code pledgesByRegistrant} ({@code _id} = campaign id + ':' + registrant id): one registrant's pledge and its
 *       history, with the unit it stands in and its line number there ({@link RegistrantPledge});</li>
 *   <li>{@code pledgeUnitLines} ({@code _id} = campaign id + ':' + unit id + ':' + block): which registrant holds each
 *       of the unit's lines, {@value UnitLines#SIZE} lines a block ({@link UnitLines});</li>
 *   <li>{@code pledgeFormerRegistrations} ({@code _id} = campaign id + ':' + unit id + ':' + line number): the
 *       registration a registrant left in a unit when the secretariat moved it to another one, as it was then.</li>
 * </ul>
 * One document per registrant, not two (its pledge, and where to find it): a rebuild writes about half the documents
 * it wrote with a registrant's unit and number kept apart (docs/benchmarks.md, "Session 28").
 */
@Component
public class PledgeViews implements StoredView {

    public static final String NAME = "pledges";

    private final MongoDatabase database;
    private final ViewStore<CampaignPledges> campaigns;
    private final ViewStore<UnitPledges> units;
    private final ViewStore<RegistrantPledge> registrants;
    private final ViewStore<UnitLines> lines;
    private final ViewStore<Registration> former;

    public PledgeViews(@ViewDatabase MongoDatabase database) {
        this.database = database;
        // Written in this order (ranks; see PledgeProjector): what a registrant leaves behind in its former unit, the
        // unit's new line, the unit's head counted from the registration as it was, the campaign's line computed from
        // the head, and last the registrant's pledge, which thereby says that all the rest of its event is stored.
        this.former = new ViewStore<>(database, "pledgeFormerRegistrations", Registration.class, ViewJson.mapper(), 0);
        this.lines = new ViewStore<>(database, "pledgeUnitLines", UnitLines.class, ViewJson.mapper(), 1);
        this.units = new ViewStore<>(database, "pledgeUnits", UnitPledges.class, ViewJson.mapper(), 2);
        this.campaigns = new ViewStore<>(database, "pledgeCampaigns", CampaignPledges.class, ViewJson.mapper(), 3);
        this.registrants = new ViewStore<>(database, "pledgesByRegistrant", RegistrantPledge.class, ViewJson.mapper(), 4);
    }

    public static String key(String campaignId, String unitOrRegistrantId) {
        return campaignId + ":" + unitOrRegistrantId;
    }

    static String lineKey(String campaignId, String unitId, long number) {
        return key(campaignId, unitId) + ":" + number;
    }

    static String blockKey(String campaignId, String unitId, int number) {
        return lineKey(campaignId, unitId, number / UnitLines.SIZE);
    }

    public ViewStore<CampaignPledges> campaigns() {
        return campaigns;
    }

    public ViewStore<UnitPledges> units() {
        return units;
    }

    ViewStore<RegistrantPledge> registrants() {
        return registrants;
    }

    ViewStore<UnitLines> lines() {
        return lines;
    }

    ViewStore<Registration> former() {
        return former;
    }

    /**
     * Lines {@code from..to-1} of a unit's registrations, in order, each with the position of its last change: the
     * registrant's pledge where the registrant still stands on that line, else the registration it left there. Three
     * {@code $in} reads at most (the line blocks, the registrants, and former registrations if any).
     */
    public List<Versioned<Registration>> registrations(String campaignId, String unitId, int from, int to) {
        if (from >= to) {
            return List.of();
        }
        List<String> blockKeys = IntStream.rangeClosed(from / UnitLines.SIZE, (to - 1) / UnitLines.SIZE)
                .mapToObj(block -> lineKey(campaignId, unitId, block)).toList();
        Map<String, Versioned<UnitLines>> blocks = lines.findAllById(blockKeys);
        Map<Integer, String> holders = new LinkedHashMap<>();
        for (int number = from; number < to; number++) {
            Versioned<UnitLines> block = blocks.get(blockKey(campaignId, unitId, number));
            if (block != null && number % UnitLines.SIZE < block.view().lines().size()) {
                holders.put(number, key(campaignId, block.view().lines().get(number % UnitLines.SIZE).registrantId()));
            }
        }
        Map<String, Versioned<RegistrantPledge>> pledges = registrants.findAllById(List.copyOf(holders.values()));
        List<String> formerKeys = holders.keySet().stream()
                .filter(number -> !standsOn(pledges.get(holders.get(number)), unitId, number))
                .map(number -> lineKey(campaignId, unitId, number)).toList();
        Map<String, Versioned<Registration>> left = formerKeys.isEmpty() ? Map.of() : former.findAllById(formerKeys);
        List<Versioned<Registration>> ordered = new ArrayList<>();
        holders.forEach((number, holder) -> {
            Versioned<RegistrantPledge> pledge = pledges.get(holder);
            Versioned<Registration> registration = standsOn(pledge, unitId, number)
                    ? new Versioned<>(pledge.view().registration(), pledge.position())
                    : left.get(lineKey(campaignId, unitId, number));
            if (registration != null) {
                ordered.add(registration);
            }
        });
        return ordered;
    }

    private static boolean standsOn(Versioned<RegistrantPledge> pledge, String unitId, int number) {
        return pledge != null && pledge.view().holds(unitId, number);
    }

    /** Until session 28: the registrations keyed by unit and number, and each registrant's unit and number. */
    @Override
    public List<String> formerCollections() {
        return List.of("pledgeRegistrants", "pledgeRegistrations");
    }

    /** Drops the collections of the view's earlier shape, so that its first rebuild after an upgrade leaves none. */
    void dropFormerCollections() {
        formerCollections().forEach(name -> database.getCollection(name).drop());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<ViewStore<?>> stores() {
        return List.of(campaigns, units, registrants, lines, former);
    }
}
