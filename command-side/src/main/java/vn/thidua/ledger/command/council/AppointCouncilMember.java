package vn.thidua.ledger.command.council;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.events.common.CouncilId;
import vn.thidua.ledger.events.council.CouncilMember;

/** Bổ sung thành viên Hội đồng: {@code member} sits from {@code appointedOn}, by decision {@code decisionNumber}. */
public record AppointCouncilMember(@TargetAggregateIdentifier CouncilId councilId, CouncilMember member,
                                   String decisionNumber, LocalDate appointedOn) {
}
