package vn.thidua.ledger.command.decision;

import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.events.common.DecisionId;

/**
 * Số văn bản dùng một lần trong năm: an issuer numbers its documents from 01 on 1 January and gives each number
 * once in the year, the ký hiệu after the slash naming the issuer (Decree 30/2020/NĐ-CP on clerical work, art. 15
 * and Appendix I; recalled, <b>not verified</b> in the text here: see docs/decisions.md). So a decision is one
 * per year and number: the yearly id makes a second one target the same aggregate; this policy covers the
 * decisions recorded before that, under a legacy id without a year.
 */
final class DecisionNumberUsedOnce {

    private DecisionNumberUsedOnce() {
    }

    /** Refuses {@code decisionId} if the same number of the same year is already recorded under a legacy id. */
    static void check(DecisionId decisionId, String number, LegacyDecisions legacy) {
        DecisionId legacyId;
        try {
            legacyId = DecisionId.legacyOf(number);
        } catch (IllegalArgumentException noLegacyId) {
            // e.g. "." alone: the legacy scheme refused such a number, so nothing was ever recorded under it.
            return;
        }
        legacy.yearlyIdOf(legacyId).filter(decisionId::equals).ifPresent(same -> {
            throw new DomainRejection(ErrorCode.ALREADY_EXISTS, "decision " + number + " is already recorded, as "
                    + legacyId + " (its id before ids had a year)");
        });
    }
}
