package vn.thidua.ledger.command.nomination;

import java.util.List;
import vn.thidua.ledger.command.common.Acting;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.common.Require;

/**
 * Nhãn số phiếu minh họa (labelling a round's tallies illustrative): only the secretariat, which runs the round,
 * declares it, once, with a note, while the round is open (a closed round accepts nothing), so the result is labelled
 * from the moment it is announced. Never withdrawn.
 * <p>
 * Source: none in the law; the ledger's own honesty rule, as for a campaign's figures (campaign
 * {@code IllustrativeFiguresPolicy}); status <b>unverified</b>, hence not in the rule sets.
 */
final class IllustrativeTalliesPolicy {

    private IllustrativeTalliesPolicy() {
    }

    static String check(boolean alreadyDeclared, String note, List<String> roles) {
        Acting.requireSecretariat(roles, ErrorCode.DECLARATION_BY_SECRETARIAT_ONLY,
                "declares a round's tallies illustrative");
        if (alreadyDeclared) {
            throw new DomainRejection(ErrorCode.FIGURES_ALREADY_DECLARED_ILLUSTRATIVE,
                    "the tallies of this round are already declared illustrative");
        }
        return Require.text("note", note, Require.MAX_TEXT);
    }
}
