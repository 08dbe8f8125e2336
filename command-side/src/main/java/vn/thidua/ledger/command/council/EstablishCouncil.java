package vn.thidua.ledger.command.council;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.events.common.CouncilId;
import vn.thidua.ledger.events.common.UnitRef;
import vn.thidua.ledger.events.council.CouncilMember;

/** Thành lập Hội đồng Thi đua – Khen thưởng of {@code unit} by its establishing decision, with its first members. */
public record EstablishCouncil(@TargetAggregateIdentifier CouncilId councilId, String name, UnitRef unit,
                               String decisionNumber, LocalDate establishedOn, List<CouncilMember> members) {
}
