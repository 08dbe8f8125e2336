package vn.thidua.ledger.events.nomination;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.CouncilId;
import vn.thidua.ledger.events.common.RoundId;

/**
 * Danh sách thành viên Hội đồng tại ngày bình xét: a council round took its voters and its total membership
 * from {@code councilId}'s roster as it stood on {@code asOf}, the round's date, never from the request. When
 * the round's threshold is the council's own (grassroots emulation fighter, R7), {@code councilThreshold} and
 * {@code thresholdDecisionNumber} say which; both are null when the rule set's threshold applies. Follows the
 * round's {@link NominationRoundOpened}, which it completes.
 */
@Revision("1")
public record CouncilRosterTaken(RoundId roundId, CouncilId councilId, String councilName, LocalDate asOf,
                                 int totalMembership, BigDecimal councilThreshold, String thresholdDecisionNumber)
        implements NominationEvent {
}
