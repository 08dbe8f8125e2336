package vn.thidua.ledger.command.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.fixtures.Rules;
import vn.thidua.ledger.command.rules.RuleSet;
import vn.thidua.ledger.events.proposal.DossierDocument;
import vn.thidua.ledger.fixtures.Conference2022;

/** PROPOSAL_DOSSIER: tờ trình, báo cáo thành tích, biên bản bình xét, each named. */
class ProposalDossierTest {

    private static final RuleSet RULES = Rules.CATALOG.forYear(2022);

    @Test
    void theSeedsDossierIsComplete() {
        assertThat(ProposalDossier.check(Conference2022.PROPOSAL_DOSSIER, RULES)).isEqualTo(Conference2022.PROPOSAL_DOSSIER);
    }

    @Test
    void moreThanOneDocumentOfAKindIsFine() {
        List<DossierDocument> twoReports = new ArrayList<>(Conference2022.PROPOSAL_DOSSIER);
        twoReports.add(new DossierDocument(DossierDocument.Kind.ACHIEVEMENT_REPORT, "Báo cáo thành tích thứ hai"));
        assertThat(ProposalDossier.check(twoReports, RULES)).hasSize(4);
    }

    @Test
    void everyMissingKindIsNamedWithTheRuleAndItsSource() {
        assertThatThrownBy(() -> ProposalDossier.check(List.of(Conference2022.PROPOSAL_DOSSIER.get(0)), RULES))
                .isInstanceOfSatisfying(DomainRejection.class,
                        rejection -> assertThat(rejection.code()).isEqualTo(ErrorCode.DOSSIER_INCOMPLETE))
                .hasMessageContaining("ACHIEVEMENT_REPORT")
                .hasMessageContaining("DELIBERATION_MINUTES")
                .hasMessageContaining("PROPOSAL_DOSSIER")
                .hasMessageContaining("91/2017");
    }

    @Test
    void noDossierADocumentWithoutKindOrOneWithoutReferenceIsInvalidInput() {
        List<DossierDocument> withoutKind = List.of(new DossierDocument(null, "x"));
        List<DossierDocument> withoutReference = List.of(new DossierDocument(DossierDocument.Kind.SUBMISSION, null));
        for (List<DossierDocument> wrong : java.util.Arrays.asList(null, withoutKind, withoutReference)) {
            assertThatThrownBy(() -> ProposalDossier.check(wrong, RULES)).isInstanceOfSatisfying(DomainRejection.class,
                    rejection -> assertThat(rejection.code()).isEqualTo(ErrorCode.INVALID_INPUT));
        }
    }
}
