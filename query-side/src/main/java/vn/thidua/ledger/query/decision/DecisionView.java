package vn.thidua.ledger.query.decision;

import vn.thidua.ledger.events.common.RuleReference;

import java.time.LocalDate;
import java.util.List;

/**
 * Quyết định (a decision) as the public reads it: a quyết định khen thưởng that awards a title, a tờ trình that
 * proposes one upward (e.g. Cờ thi đua ngành Tư pháp), or a quyết định cử Trưởng Cụm / Phó Trưởng Cụm.
 * Revocations do not remove recipients: a revoked one stays, marked REVOKED with the revocation decision.
 *
 * @param category    COMMENDATION or APPOINTMENT
 * @param kind        AWARD or PROPOSAL for a commendation, null for an appointment
 * @param rule        the rule the decision applied: the round's voting rule, or the rotation rule (R11)
 * @param maxProposals the R6 cap where it applied (Government flag proposals), else null
 * @param appointment head and deputy head appointed, for an appointment
 */
public record DecisionView(String decisionId, String decisionNumber, String category, String kind, String title,
                           String titleName, int year, LocalDate signedOn, String signedBy, String roundId,
                           String clusterId, RuleReference rule, Integer maxProposals, List<RecipientRow> recipients,
                           Appointment appointment) {

    public DecisionView {
        recipients = List.copyOf(recipients);
    }

    /** Người / tập thể trong quyết định, with what became of the award. */
    public record RecipientRow(String registrantId, String name, String unitId, String unitName, AwardStatus status,
                               Revocation revocation) {
    }

    /** Trưởng Cụm and Phó Trưởng Cụm for {@code year}. */
    public record Appointment(String clusterName, int year, String headUnitId, String headName, String deputyUnitId,
                              String deputyName) {
    }

    /** Hủy bỏ, thu hồi (R10): by which decision, when, on which ground and why, under which rule. */
    public record Revocation(String revocationDecisionNumber, LocalDate revokedOn, String ground, String reason,
                             RuleReference rule) {
    }

    /** What a recipient holds from a decision: awarded, proposed upward, or awarded and later revoked. */
    public enum AwardStatus { AWARDED, PROPOSED, REVOKED }
}
