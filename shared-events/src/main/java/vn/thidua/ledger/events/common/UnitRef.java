package vn.thidua.ledger.events.common;

import java.util.Objects;

/**
 * Đơn vị (a unit, with its Vietnamese display name as of the event). Events carry the name so
 * that readers, and a replay years later, need no other source to show it.
 */
public record UnitRef(UnitId id, String name) {

    public UnitRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
