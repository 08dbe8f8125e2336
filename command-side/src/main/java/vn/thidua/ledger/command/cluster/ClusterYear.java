package vn.thidua.ledger.command.cluster;

import java.util.List;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.events.common.ClusterId;
import vn.thidua.ledger.events.common.UnitId;
import vn.thidua.ledger.events.common.UnitRef;

/**
 * A cluster as it stands in one year: its name and its member units (ordered by unit id).
 */
public record ClusterYear(ClusterId clusterId, String name, int year, List<UnitRef> members) {

    public ClusterYear {
        members = List.copyOf(members);
    }

    /** The member with this id, with its name, or UNIT_NOT_MEMBER. */
    public UnitRef member(UnitId unitId) {
        return members.stream().filter(unit -> unit.id().equals(unitId)).findFirst()
                .orElseThrow(() -> new DomainRejection(ErrorCode.UNIT_NOT_MEMBER, "unit " + unitId
                        + " is not a member of " + name + " in " + year));
    }
}
