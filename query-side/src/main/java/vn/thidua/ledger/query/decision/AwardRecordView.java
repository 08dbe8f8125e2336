package vn.thidua.ledger.query.decision;

import vn.thidua.ledger.query.decision.DecisionView.AwardStatus;
import vn.thidua.ledger.query.decision.DecisionView.Revocation;

import java.time.LocalDate;
import java.util.List;

/**
 * Hồ sơ khen thưởng (award record) of a unit or an individual across years: every title awarded or proposed
 * to it, by which decision. A revoked award stays in the record, marked REVOKED with its revocation decision:
 * the record is history, not the current holdings only.
 *
 * @param holderType UNIT (everything awarded to the unit or to its people) or REGISTRANT (one recipient)
 * @param awards     by year, then signing date, then decision number
 */
public record AwardRecordView(String holderType, String holderId, String holderName, List<Award> awards) {

    public AwardRecordView {
        awards = List.copyOf(awards);
    }

    /**
     * One title from one decision.
     *
     * @param holder COLLECTIVE or INDIVIDUAL: whether the title goes to a tập thể or a cá nhân
     */
    public record Award(int year, String title, String titleName, String holder, AwardStatus status,
                        String decisionId, String decisionNumber, LocalDate signedOn, String registrantId,
                        String recipientName, String unitId, String unitName, Revocation revocation) {
    }
}
