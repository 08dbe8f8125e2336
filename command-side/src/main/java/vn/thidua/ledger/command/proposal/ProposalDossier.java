package vn.thidua.ledger.command.proposal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.common.Require;
import vn.thidua.ledger.command.rules.RuleCode;
import vn.thidua.ledger.command.rules.RuleSet;
import vn.thidua.ledger.events.proposal.DossierDocument;

/**
 * Hồ sơ đề nghị khen thưởng (PROPOSAL_DOSSIER): a proposal goes up with its tờ trình, the báo cáo thành tích of
 * the proposed and the biên bản of the deliberation that chose them (Law 06/2022/QH15 and Decree 98/2023/NĐ-CP on
 * proposal dossiers; the article is <b>not verified</b>: rule status I). Each document is named by its reference.
 */
final class ProposalDossier {

    private ProposalDossier() {
    }

    static List<DossierDocument> check(List<DossierDocument> dossier, RuleSet rules) {
        Require.present("dossier", dossier);
        dossier.forEach(document -> {
            Require.present("dossier document kind", Require.present("dossier document", document).kind());
            Require.name("dossier document reference", document.reference());
        });
        Set<DossierDocument.Kind> missing = EnumSet.allOf(DossierDocument.Kind.class);
        dossier.forEach(document -> missing.remove(document.kind()));
        if (!missing.isEmpty()) {
            throw new DomainRejection(ErrorCode.DOSSIER_INCOMPLETE, rules.cite(RuleCode.PROPOSAL_DOSSIER)
                    + ": the dossier lacks " + missing.stream().map(Enum::name).collect(Collectors.joining(", ")));
        }
        return dossier;
    }
}
