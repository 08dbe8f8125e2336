package vn.thidua.ledger.events.council;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.CouncilId;

/**
 * Thôi làm thành viên Hội đồng: {@code member} no longer sits on the council from {@code relievedOn} (a round
 * opened that day does not count them), by the named decision.
 */
@Revision("1")
public record CouncilMemberRelieved(CouncilId councilId, CouncilMember member, String decisionNumber,
                                    LocalDate relievedOn) implements CouncilEvent {
}
