package vn.thidua.ledger.command.campaign;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.thidua.ledger.command.common.Acting;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.common.Require;
import vn.thidua.ledger.events.campaign.IllustrativeFigure;

/**
 * Nhãn số liệu minh họa (labelling illustrative figures): only the secretariat, which keeps the campaign's record,
 * declares figures illustrative; each declaration names at least one figure not declared before, and says why.
 * A declaration is never withdrawn: a figure once shown as invented must not later pass for a real one.
 * <p>
 * Source: none in the law. This is the ledger's own honesty rule (the demo year mixes facts of the seed article with
 * invented ones, docs/demo.md); status <b>unverified</b> as practice of any cluster, hence not in the rule sets.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
final class IllustrativeFiguresPolicy {

    Set<IllustrativeFigure> declared = EnumSet.noneOf(IllustrativeFigure.class);

    /** @return the figures to declare, distinct and in the enum's order */
    List<IllustrativeFigure> check(List<IllustrativeFigure> figures, String note, List<String> roles) {
        Acting.requireSecretariat(roles, ErrorCode.DECLARATION_BY_SECRETARIAT_ONLY,
                "declares the campaign's figures illustrative");
        Require.notEmptyAndDistinct("figures", Require.present("figures", figures));
        Require.text("note", note, Require.MAX_TEXT);
        if (declared.containsAll(figures)) {
            throw new DomainRejection(ErrorCode.FIGURES_ALREADY_DECLARED_ILLUSTRATIVE, figures
                    + " already declared illustrative");
        }
        return EnumSet.copyOf(figures).stream().toList();
    }

    void on(List<IllustrativeFigure> figures) {
        declared.addAll(figures);
    }
}
