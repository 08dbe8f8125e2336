package vn.thidua.ledger.command.council;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.events.common.CouncilId;
import vn.thidua.ledger.events.common.VoterId;

/** Thôi làm thành viên Hội đồng: {@code voterId} no longer sits from {@code relievedOn}, by decision {@code decisionNumber}. */
public record RelieveCouncilMember(@TargetAggregateIdentifier CouncilId councilId, VoterId voterId,
                                   String decisionNumber, LocalDate relievedOn) {
}
