package vn.thidua.ledger.command.campaign;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.events.campaign.IllustrativeFigure;
import vn.thidua.ledger.events.common.CampaignId;

/** Công bố số liệu minh họa: declare that these figures of the campaign are illustrative, with a note saying why. */
public record DeclareIllustrativeFigures(@TargetAggregateIdentifier CampaignId campaignId,
                                         List<IllustrativeFigure> figures, String note) {
}
