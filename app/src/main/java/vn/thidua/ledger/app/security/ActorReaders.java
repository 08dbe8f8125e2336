package vn.thidua.ledger.app.security;

import org.springframework.stereotype.Component;
import vn.thidua.ledger.events.common.Role;
import vn.thidua.ledger.query.access.CurrentReader;
import vn.thidua.ledger.query.access.Reader;

/**
 * The query side's {@link Reader} of the current request, from the {@link Actor}: the secretariat and auditors
 * oversee, a unit representative reads for its unit, any other signed-in caller is a plain reader. With several
 * roles, an oversight role wins; otherwise a representative stays one (its reads are bound to its unit) even if it
 * is also a voter.
 */
@Component
public class ActorReaders implements CurrentReader {

    private final CurrentActor currentActor;

    public ActorReaders(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    @Override
    public Reader get() {
        return currentActor.find().map(ActorReaders::readerOf).orElseGet(Reader::anonymous);
    }

    static Reader readerOf(Actor actor) {
        if (actor.hasRole(Role.SECRETARIAT) || actor.hasRole(Role.AUDITOR)) {
            return Reader.oversight();
        }
        if (actor.hasRole(Role.UNIT_REPRESENTATIVE)) {
            // Without a unit (e.g. a token with no unit_id claim) it reads no campaign's internal views.
            return Reader.representativeOf(actor.unitId());
        }
        return Reader.signedIn();
    }
}
