package vn.thidua.ledger.query.decision;

import vn.thidua.ledger.events.decision.Recipient;

import java.util.List;

/**
 * Whose award record: a unit (its collective titles and its people's) or one registrant. The {@link #key()} is
 * the record's {@code _id}.
 */
record AwardHolder(String type, String id) {

    static final String UNIT = "UNIT";
    static final String REGISTRANT = "REGISTRANT";

    static AwardHolder unit(String unitId) {
        return new AwardHolder(UNIT, unitId);
    }

    static AwardHolder registrant(String registrantId) {
        return new AwardHolder(REGISTRANT, registrantId);
    }

    /** Both records a recipient appears in. */
    static List<AwardHolder> of(Recipient recipient) {
        return List.of(unit(recipient.unit().id().value()), registrant(recipient.registrantId().value()));
    }

    String key() {
        return (UNIT.equals(type) ? "unit:" : "registrant:") + id;
    }

    boolean holds(Recipient recipient) {
        return UNIT.equals(type) ? recipient.unit().id().value().equals(id) : recipient.registrantId().value().equals(id);
    }

    String nameIn(Recipient recipient) {
        return UNIT.equals(type) ? recipient.unit().name() : recipient.name();
    }
}
