package vn.thidua.ledger.query.pledge;

import java.util.List;

/**
 * Tình hình đăng ký thi đua của phong trào: per member unit its coverage and collective titles, and the coverage
 * of the whole campaign (units whose headcount is known).
 */
public record CampaignPledges(String campaignId, String clusterId, int year, String campaignName, Coverage coverage,
                              List<UnitCoverage> units) {

    public CampaignPledges {
        units = List.copyOf(units);
    }
}
