package vn.thidua.ledger.query.decision;

import vn.thidua.ledger.query.decision.DecisionView.AwardStatus;
import vn.thidua.ledger.query.decision.DecisionView.FormOfCommendation;
import vn.thidua.ledger.query.decision.DecisionView.Revocation;

import java.time.LocalDate;
import java.util.List;

/**
 * Hồ sơ khen thưởng (award record) of a unit or an individual across years: every title and every form of
 * commendation (Bằng khen, Giấy khen, Huân chương) awarded or proposed to it, by which decision. A revoked award stays in the record, marked REVOKED with its revocation decision:
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
     * One title, or one form of commendation, from one decision.
     *
     * @param title    the title; null for a form of commendation (see {@code form})
     * @param holder   COLLECTIVE or INDIVIDUAL: whether the title or form goes to a tập thể or a cá nhân
     * @param path     for a proposal: its way up (submitted, returned, approved by which award, refused)
     * @param proposal for an award that approved a proposal: that tờ trình
     * @param form     for a form of commendation: which form, who signed it, for what; null for a title
     */
    public record Award(int year, String title, String titleName, String holder, AwardStatus status,
                        String decisionId, String decisionNumber, LocalDate signedOn, String registrantId,
                        String recipientName, String unitId, String unitName, Revocation revocation,
                        List<ProposalStep> path, ProposalLink proposal, FormOfCommendation form) {

        public Award {
            path = path == null ? List.of() : List.copyOf(path);
        }

        Award withRevocation(Revocation newRevocation) {
            return new Award(year, title, titleName, holder, AwardStatus.REVOKED, decisionId, decisionNumber, signedOn,
                             registrantId, recipientName, unitId, unitName, newRevocation, path, proposal, form);
        }

        Award withPath(List<ProposalStep> newPath) {
            return new Award(year, title, titleName, holder, status, decisionId, decisionNumber, signedOn,
                             registrantId, recipientName, unitId, unitName, revocation, newPath, proposal, form);
        }

        Award withProposal(ProposalLink newProposal) {
            return new Award(year, title, titleName, holder, status, decisionId, decisionNumber, signedOn,
                             registrantId, recipientName, unitId, unitName, revocation, path, newProposal, form);
        }
    }
}
