package vn.thidua.ledger.events.proposal;

import java.time.LocalDate;
import java.util.List;
import vn.thidua.ledger.events.common.RuleReference;

/**
 * Hồ sơ đề nghị đã gửi, whatever it proposes: a title ({@link ProposalSubmitted}) or a form of commendation
 * ({@link FormProposalSubmitted}). What a view of the path needs from either.
 */
public sealed interface ProposalSubmission extends ProposalEvent permits ProposalSubmitted, FormProposalSubmitted {

    String proposalDecisionNumber();

    int year();

    ProposalLevel level();

    LocalDate submittedOn();

    List<DossierDocument> dossier();

    RuleReference rule();
}
