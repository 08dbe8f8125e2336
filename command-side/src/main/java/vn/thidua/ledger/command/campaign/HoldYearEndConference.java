package vn.thidua.ledger.command.campaign;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.events.common.CampaignId;

/** Tổ chức Hội nghị tổng kết: record that the year-end conference was held on that day, chaired by whom. */
public record HoldYearEndConference(@TargetAggregateIdentifier CampaignId campaignId, LocalDate heldOn,
                                    String chairedBy) {
}
