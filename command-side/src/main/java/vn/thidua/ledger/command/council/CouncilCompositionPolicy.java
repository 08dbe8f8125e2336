package vn.thidua.ledger.command.council;

import java.util.Collection;
import java.util.List;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.events.council.CouncilMember;
import vn.thidua.ledger.events.council.CouncilRole;

/**
 * Thành phần Hội đồng: a council has one Chủ tịch (chair) and one Ủy viên thường trực (standing member) besides its
 * Ủy viên, so the establishing decision names exactly one of each, and no second one is appointed while the first
 * sits. Source: Luật Thi đua, khen thưởng số 06/2022/QH15 and Nghị định 98/2023/NĐ-CP on the Hội đồng Thi đua –
 * Khen thưởng [I: as the secretariat describes its council (issue 12); the articles are not verified]. A
 * relieved chair leaves the role vacant until a successor is appointed: the decisions that do so are two papers.
 */
final class CouncilCompositionPolicy {

    private static final List<CouncilRole> SINGLE_ROLES = List.of(CouncilRole.CHAIR, CouncilRole.STANDING_MEMBER);

    private CouncilCompositionPolicy() {
    }

    static void checkEstablishment(List<CouncilMember> members) {
        for (CouncilRole role : SINGLE_ROLES) {
            long holders = members.stream().filter(member -> member.role() == role).count();
            if (holders != 1) {
                throw new DomainRejection(ErrorCode.COUNCIL_CHAIR_AND_STANDING_MEMBER_REQUIRED, "the establishing"
                        + " decision names " + holders + " " + role + " (" + vietnamese(role) + "); a council has one");
            }
        }
    }

    static void checkAppointment(CouncilMember appointed, Collection<CouncilMember> sitting) {
        if (!SINGLE_ROLES.contains(appointed.role())) {
            return;
        }
        sitting.stream().filter(member -> member.role() == appointed.role()).findFirst().ifPresent(holder -> {
            throw new DomainRejection(ErrorCode.COUNCIL_ROLE_FILLED, holder.name() + " is the council's "
                    + vietnamese(appointed.role()) + ": relieve them before appointing " + appointed.name());
        });
    }

    private static String vietnamese(CouncilRole role) {
        return role == CouncilRole.CHAIR ? "Chủ tịch" : "Ủy viên thường trực";
    }
}
