package vn.thidua.ledger.query.pledge;

import vn.thidua.ledger.events.common.Title;

import java.util.List;

/**
 * One unit's line of the campaign's pledge table: its coverage and the collective titles it registered for.
 */
public record UnitCoverage(String unitId, String unitName, Coverage coverage, List<Title> unitTitles) {

    public UnitCoverage {
        unitTitles = List.copyOf(unitTitles);
    }
}
