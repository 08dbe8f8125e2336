package vn.thidua.ledger.events.nomination;

import java.util.List;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.common.UnitRef;

/** Ứng viên: a candidate of a round, with the titles they pledged that year (the facts R1 needs). */
public record Candidate(RegistrantId registrantId, String name, UnitRef unit, List<Title> pledgedTitles) {

    public Candidate {
        pledgedTitles = List.copyOf(pledgedTitles);
    }
}
