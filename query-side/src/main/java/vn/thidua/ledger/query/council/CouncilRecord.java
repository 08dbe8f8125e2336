package vn.thidua.ledger.query.council;

import java.time.LocalDate;

/**
 * Hội đồng Thi đua – Khen thưởng as stored, one document per council: what its establishing decision says of it, and
 * how many seats and thresholds it has had, so that a read finds them by id ({@link CouncilViews#seatId},
 * {@link CouncilViews#thresholdId}). Only the two counts change after the establishment: the document does not grow.
 *
 * @param establishedBy the number of the quyết định thành lập
 * @param seats         seats ever held (numbered from 1 in the order of the decisions)
 * @param thresholds    grassroots thresholds ever set (numbered from 1 in the order recorded)
 */
public record CouncilRecord(String councilId, String name, String unitId, String unitName, String establishedBy,
                            LocalDate establishedOn, int seats, int thresholds) {

    CouncilRecord withSeats(int count) {
        return new CouncilRecord(councilId, name, unitId, unitName, establishedBy, establishedOn, count, thresholds);
    }

    CouncilRecord withThresholds(int count) {
        return new CouncilRecord(councilId, name, unitId, unitName, establishedBy, establishedOn, seats, count);
    }
}
