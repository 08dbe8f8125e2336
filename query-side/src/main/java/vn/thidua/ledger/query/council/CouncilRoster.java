package vn.thidua.ledger.query.council;

import vn.thidua.ledger.events.council.CouncilRole;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Danh sách thành viên Hội đồng tại một ngày: who sat on the council on {@code on}, each with the decision that
 * appointed them and, if one has since, the decision that relieved them; and the grassroots threshold in force that
 * day. The same roster a council round opened that day counts (R7: its total membership).
 *
 * @param chair               Chủ tịch; null if the role was vacant that day (or the council not yet established)
 * @param standingMember      Ủy viên thường trực; null if vacant
 * @param members             the other Ủy viên, in the order they were appointed
 * @param totalMembership     everyone sitting that day, chair and standing member included (tổng số thành viên)
 * @param grassrootsThreshold the council's threshold in force that day; null if it had set none by then
 */
public record CouncilRoster(String councilId, String name, String unitId, String unitName, String establishedBy,
                            LocalDate establishedOn, LocalDate on, Sitting chair, Sitting standingMember,
                            List<Sitting> members, int totalMembership, Threshold grassrootsThreshold) {

    public CouncilRoster {
        members = List.copyOf(members);
    }

    /**
     * A member sitting on the day asked.
     *
     * @param until      the day they no longer sit, if a later decision relieved them; null while they sit
     * @param relievedBy that decision's number; null while they sit
     */
    public record Sitting(String voterId, String name, String unitId, String unitName, CouncilRole role,
                          LocalDate since, String appointedBy, LocalDate until, String relievedBy) {
    }

    /** The grassroots threshold in force: a share of the total membership, by which decision, since when. */
    public record Threshold(BigDecimal ratio, String decisionNumber, LocalDate effectiveFrom) {
    }
}
