package vn.thidua.ledger.query.decision;

import vn.thidua.ledger.events.common.RuleReference;
import vn.thidua.ledger.events.decision.FormOfCommendationDecided;

import java.time.LocalDate;
import java.util.List;

/**
 * Quyết định (a decision) as the public reads it: a quyết định khen thưởng that awards a title or a form of
 * commendation (Bằng khen, Giấy khen, Huân chương), a tờ trình that proposes one upward (e.g. Cờ thi đua ngành Tư
 * pháp), or a quyết định cử Trưởng Cụm / Phó Trưởng Cụm.
 * Revocations do not remove recipients: a revoked one stays, marked REVOKED with the revocation decision.
 *
 * @param category    COMMENDATION (of a title), FORM_OF_COMMENDATION or APPOINTMENT
 * @param kind        AWARD or PROPOSAL for a commendation or a form, null for an appointment
 * @param title       the title of a COMMENDATION; null for a form (see {@code form}) and an appointment
 * @param clusterId   the cluster appointed for, or whose campaign knows a form's recipients
 * @param rule        the rule the decision applied: the round's voting rule, or the rotation rule (R11)
 * @param maxProposals the R6 cap where it applied (Government flag proposals), else null
 * @param appointment head and deputy head appointed, for an appointment
 * @param path        for a tờ trình: its way up, step by step (hồ sơ đề nghị), empty before it is submitted
 * @param approves    for an award: the tờ trình(s) it approved
 * @param form        for a FORM_OF_COMMENDATION: which form, who signed it, for what
 */
public record DecisionView(String decisionId, String decisionNumber, String category, String kind, String title,
                           String titleName, int year, LocalDate signedOn, String signedBy, String roundId,
                           String clusterId, RuleReference rule, Integer maxProposals, List<RecipientRow> recipients,
                           Appointment appointment, List<ProposalStep> path, List<ProposalLink> approves,
                           FormOfCommendation form) {

    public DecisionView {
        recipients = List.copyOf(recipients);
        path = path == null ? List.of() : List.copyOf(path);
        approves = approves == null ? List.of() : List.copyOf(approves);
    }

    DecisionView withPath(List<ProposalStep> newPath) {
        return new DecisionView(decisionId, decisionNumber, category, kind, title, titleName, year, signedOn, signedBy,
                                roundId, clusterId, rule, maxProposals, recipients, appointment, newPath, approves, form);
    }

    DecisionView withApproves(List<ProposalLink> newApproves) {
        return new DecisionView(decisionId, decisionNumber, category, kind, title, titleName, year, signedOn, signedBy,
                                roundId, clusterId, rule, maxProposals, recipients, appointment, path, newApproves, form);
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

    /**
     * Hình thức khen thưởng: the form (its stable name and its Vietnamese one), the level that signed the decision,
     * the thành tích commended (null: the year's work), and the campaign whose members or registrants received it.
     */
    public record FormOfCommendation(String form, String formName, String issuer, String issuerName,
                                     String achievement, String campaignId) {

        static FormOfCommendation of(FormOfCommendationDecided decided) {
            return new FormOfCommendation(decided.form().name(), decided.form().vietnameseName(),
                                          decided.issuer().name(), decided.issuer().vietnameseName(),
                                          decided.achievement(), decided.campaignId().value());
        }
    }

    /** What a recipient holds from a decision: awarded, proposed upward, or awarded and later revoked. */
    public enum AwardStatus { AWARDED, PROPOSED, REVOKED }
}
