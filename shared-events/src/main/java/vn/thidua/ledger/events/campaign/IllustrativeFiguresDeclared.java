package vn.thidua.ledger.events.campaign;

import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.CampaignId;

/**
 * Công bố số liệu minh họa: the secretariat declared that these figures of the campaign are illustrative, not a real
 * record; {@code note} says why and where the real ones are, if anywhere. Views show such figures with the label
 * "minh họa". A declaration adds to the earlier ones of the same campaign; none is ever withdrawn.
 *
 * @param figures the figures declared, each once, in the order of {@link IllustrativeFigure}
 */
@Revision("1")
public record IllustrativeFiguresDeclared(CampaignId campaignId, int year, List<IllustrativeFigure> figures,
                                          String note) implements CampaignEvent {

    public IllustrativeFiguresDeclared {
        figures = List.copyOf(figures);
    }
}
