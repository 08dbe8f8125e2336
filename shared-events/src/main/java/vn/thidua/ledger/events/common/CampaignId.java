package vn.thidua.ledger.events.common;

/**
 * Mã phong trào thi đua (identifier of an emulation campaign). A campaign is one cluster's
 * emulation year, so its id is {@code <clusterId>-<year>}: the id itself makes a second campaign
 * for the same cluster and year impossible.
 */
public record CampaignId(String value) {

    public CampaignId {
        IdRules.check("CampaignId", value);
    }

    public static CampaignId of(ClusterId cluster, int year) {
        return new CampaignId(cluster.value() + "-" + year);
    }

    @Override
    public String toString() {
        return value;
    }
}
