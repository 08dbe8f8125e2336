package vn.thidua.ledger.events.decision;

import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.UnitRef;

/** Người / tập thể được khen thưởng: a recipient (or proposed recipient) and its unit. */
public record Recipient(RegistrantId registrantId, String name, UnitRef unit) {
}
