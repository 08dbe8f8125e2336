package vn.thidua.ledger.command.cluster;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.command.rules.ChosenRuleVersion;
import vn.thidua.ledger.events.common.ClusterId;
import vn.thidua.ledger.events.common.UnitId;

/**
 * Cử Trưởng Cụm, Phó Trưởng Cụm for {@code year}, as the decision numbered
 * {@code decisionNumber} (e.g. {@code 3456/QĐ-BTP}) and signed on {@code signedOn} says. {@code campaignRules} is
 * the version the year's campaign chose, read from it by the command side; null when the year has no campaign yet.
 */
public record AppointLeadership(@TargetAggregateIdentifier ClusterId clusterId, int year, UnitId headId,
                                UnitId deputyHeadId, String decisionNumber, LocalDate signedOn,
                                ChosenRuleVersion campaignRules) {
}
