package vn.thidua.ledger.command.record;

import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.UnitRef;
import vn.thidua.ledger.events.decision.Recipient;
import vn.thidua.ledger.events.nomination.Candidate;

/** Người / tập thể được xét: a round's candidate or a decision's recipient, as the title criteria see them. */
public record Nominee(RegistrantId id, String name, UnitRef unit) {

    public static Nominee of(Candidate candidate) {
        return new Nominee(candidate.registrantId(), candidate.name(), candidate.unit());
    }

    public static Nominee of(Recipient recipient) {
        return new Nominee(recipient.registrantId(), recipient.name(), recipient.unit());
    }
}
