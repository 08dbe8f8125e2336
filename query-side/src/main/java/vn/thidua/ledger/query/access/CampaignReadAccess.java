package vn.thidua.ledger.query.access;

import java.util.Collection;

import org.springframework.stereotype.Component;
import vn.thidua.ledger.query.cluster.ClusterViews;

/**
 * Who reads the internal views of a campaign (its draft ranking and its pledge lists), beyond the URL rules that
 * admit every signed-in caller to them:
 * <ul>
 * <li>the secretariat and auditors read every campaign, personal names included;</li>
 * <li>a unit representative reads only the campaigns its unit belongs to: a member the campaign was launched with
 *     (the campaign's own view lists them), or a member of the campaign's cluster in the campaign's year by the
 *     cluster view (a unit admitted after the launch); and the personal names of its own unit's individual
 *     pledges only;</li>
 * <li>any other signed-in caller (voter, cluster head) reads every campaign, without personal names.</li>
 * </ul>
 * A campaign's existence is not secret (its rounds and results are public), so callers look the view up first and
 * answer 404 for a campaign that does not exist, then ask here.
 */
@Component
public class CampaignReadAccess {

    private final ClusterViews clusters;

    public CampaignReadAccess(ClusterViews clusters) {
        this.clusters = clusters;
    }

    /**
     * Throws {@link ReadForbiddenException} unless the reader may read the internal views of this campaign.
     *
     * @param campaignMembers the units the campaign's view lists as its members
     */
    public void checkCampaign(Reader reader, String campaignId, String clusterId, int year,
                              Collection<String> campaignMembers) {
        boolean allowed = switch (reader.standing()) {
            case OVERSIGHT, SIGNED_IN -> true;
            case UNIT_REPRESENTATIVE -> reader.unitId()
                    .filter(unit -> campaignMembers.contains(unit) || isClusterMember(unit, clusterId, year))
                    .isPresent();
            case PUBLIC -> false;
        };
        if (!allowed) {
            throw new ReadForbiddenException("Your unit does not belong to campaign " + campaignId + ".");
        }
    }

    /** Personal names of a unit's individual registrants: for oversight and that unit's own representative. */
    public boolean seesPersonalNamesOf(Reader reader, String unitId) {
        return reader.standing() == Reader.Standing.OVERSIGHT || reader.represents(unitId);
    }

    private boolean isClusterMember(String unitId, String clusterId, int year) {
        return clusters.store().find(clusterId)
                .map(found -> found.view().members().stream()
                        .anyMatch(m -> m.unitId().equals(unitId) && m.isMemberIn(year)))
                .orElse(false);
    }
}
