package vn.thidua.ledger.events.council;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.CouncilId;

/** Bổ sung thành viên Hội đồng: {@code member} sits on the council from {@code appointedOn}, by the named decision. */
@Revision("1")
public record CouncilMemberAppointed(CouncilId councilId, CouncilMember member, String decisionNumber,
                                     LocalDate appointedOn) implements CouncilEvent {
}
