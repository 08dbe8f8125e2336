package vn.thidua.ledger.command.decision;

import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.common.Require;
import vn.thidua.ledger.command.rules.RuleCode;
import vn.thidua.ledger.command.rules.RuleSet;
import vn.thidua.ledger.events.decision.CommendationAuthority;
import vn.thidua.ledger.events.decision.CommendationForm;
import vn.thidua.ledger.events.decision.CommendationKind;

/**
 * Thẩm quyền quyết định khen thưởng (FORM_COMPETENCE): each form of commendation is awarded by one level — Giấy
 * khen by the head of a unit under the Ministry (Law 06/2022/QH15, art. 80(1), <b>verified</b>); Bằng khen của Bộ
 * trưởng by the Minister and Bằng khen của Thủ tướng Chính phủ by the Prime Minister (art. 79, <b>not verified</b>:
 * the text was not at hand); Huân chương by the State President, prepared by the Central Emulation-Commendation
 * Board (art. 78, <b>not verified</b>). A tờ trình proposing a form is signed by a level below the one that decides
 * it: it is addressed upward, never to its own signer. The rule sets cite the rule with status I.
 */
public final class FormCompetence {

    private FormCompetence() {
    }

    /** The level whose decision awards {@code form}. */
    public static CommendationAuthority competentFor(CommendationForm form) {
        return switch (form) {
            case UNIT_HEAD_CERTIFICATE -> CommendationAuthority.UNIT_HEAD;
            case MINISTER_CERTIFICATE_OF_MERIT -> CommendationAuthority.MINISTER;
            case PRIME_MINISTER_CERTIFICATE_OF_MERIT -> CommendationAuthority.PRIME_MINISTER;
            case LABOUR_ORDER_THIRD_CLASS, LABOUR_ORDER_SECOND_CLASS, LABOUR_ORDER_FIRST_CLASS ->
                    CommendationAuthority.PRESIDENT;
        };
    }

    /** Refuses an award signed by another level than the competent one, and a proposal not addressed upward. */
    static void check(CommendationKind kind, CommendationForm form, CommendationAuthority issuer, RuleSet rules) {
        Require.present("kind", kind);
        Require.present("form", form);
        Require.present("issuer", issuer);
        CommendationAuthority competent = competentFor(form);
        boolean allowed = kind == CommendationKind.AWARD ? issuer == competent
                : issuer.ordinal() < competent.ordinal();
        if (!allowed) {
            throw new DomainRejection(ErrorCode.WRONG_ISSUER_LEVEL, rules.cite(RuleCode.FORM_COMPETENCE) + ": "
                    + form.vietnameseName() + " is decided by " + competent.vietnameseName() + "; "
                    + issuer.vietnameseName() + (kind == CommendationKind.AWARD ? " cannot award it"
                                                 : " cannot propose it upward"));
        }
    }
}
