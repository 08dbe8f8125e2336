package vn.thidua.ledger.events.proposal;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.DecisionId;
import vn.thidua.ledger.events.common.ProposalId;
import vn.thidua.ledger.events.common.RuleReference;
import vn.thidua.ledger.events.decision.CommendationForm;
import vn.thidua.ledger.events.decision.Recipient;

/**
 * Hồ sơ đề nghị tặng hình thức khen thưởng đã gửi: the proposal of the tờ trình {@code proposalDecisionId} for the
 * form of commendation {@code form} (Bằng khen, Huân chương) went to {@code level} with its dossier, under the
 * routing rule cited. A form's counterpart of {@link ProposalSubmitted}, which names a title.
 */
@Revision("1")
public record FormProposalSubmitted(ProposalId proposalId, DecisionId proposalDecisionId,
                                    String proposalDecisionNumber, CommendationForm form, int year,
                                    List<Recipient> recipients, ProposalLevel level, LocalDate submittedOn,
                                    List<DossierDocument> dossier, RuleReference rule) implements ProposalSubmission {

    public FormProposalSubmitted {
        recipients = List.copyOf(recipients);
        dossier = List.copyOf(dossier);
    }
}
