package vn.thidua.ledger.query.pledge;

import vn.thidua.ledger.query.pledge.UnitPledges.Registration;

/**
 * Đăng ký thi đua của một người (hoặc đơn vị): a registrant's pledge as it stands, with the unit it stands in and its
 * line number there (the order in which registrants first registered with that unit). Amendments and withdrawals do
 * not carry the unit: this is how they find it.
 */
public record RegistrantPledge(String unitId, String unitName, int number, Registration registration) {

    /** Whether the registrant still stands on line {@code number} of unit {@code unitId}. */
    boolean holds(String unitId, int number) {
        return this.unitId.equals(unitId) && this.number == number;
    }
}
