package vn.thidua.ledger.command.proposal;

import vn.thidua.ledger.command.decision.DecisionSummary;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.decision.CommendationForm;

/**
 * Nội dung đề nghị: what a tờ trình proposes, an emulation title (danh hiệu thi đua) or a form of commendation
 * (hình thức khen thưởng), exactly one of the two, as its decision names it.
 */
record ProposedCommendation(Title title, CommendationForm form) {

    static ProposedCommendation of(DecisionSummary decision) {
        return new ProposedCommendation(decision.title(), decision.form());
    }

    String vietnameseName() {
        return title != null ? title.vietnameseName() : form.vietnameseName();
    }

    /** Whether {@code decision} is of the same title or form: a title's award never approves a form and back. */
    boolean sameAs(DecisionSummary decision) {
        return decision.title() == title && decision.form() == form;
    }
}
