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

    /** The cluster of this campaign of {@code year}: the inverse of {@link #of}, for events that name only the campaign. */
    public ClusterId clusterOf(int year) {
        String suffix = "-" + year;
        if (!value.endsWith(suffix)) {
            throw new IllegalArgumentException("Campaign " + value + " is not of year " + year);
        }
        return new ClusterId(value.substring(0, value.length() - suffix.length()));
    }

    @Override
    public String toString() {
        return value;
    }
}
