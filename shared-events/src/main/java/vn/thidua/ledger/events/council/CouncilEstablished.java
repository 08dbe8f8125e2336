package vn.thidua.ledger.events.council;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.CouncilId;
import vn.thidua.ledger.events.common.UnitRef;

/**
 * Quyết định thành lập Hội đồng Thi đua – Khen thưởng: the council of {@code unit} was established by
 * decision {@code decisionNumber}, signed on {@code establishedOn}, with its first members (one Chủ tịch,
 * one Ủy viên thường trực, the other Ủy viên), who sit from that day.
 */
@Revision("1")
public record CouncilEstablished(CouncilId councilId, String name, UnitRef unit, String decisionNumber,
                                 LocalDate establishedOn, List<CouncilMember> members) implements CouncilEvent {

    public CouncilEstablished {
        members = List.copyOf(members);
    }
}
