package vn.thidua.ledger.events.campaign;

import java.math.BigDecimal;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.CriterionId;
import vn.thidua.ledger.events.common.UnitRef;

/**
 * Thẩm định, điều chỉnh điểm: a reviewer changed a unit's points on one criterion, always with a
 * reason. {@code previousPoints} is what counted before (zero if nothing was scored yet).
 */
@Revision("1")
public record ScoreAdjusted(CampaignId campaignId, int year, UnitRef unit, CriterionId criterionId,
                            String criterionName, BigDecimal previousPoints, BigDecimal points, String reason)
        implements CampaignEvent {
}
