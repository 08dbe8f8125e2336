package vn.thidua.ledger.query.decision;

import vn.thidua.ledger.events.proposal.DossierDocument;
import vn.thidua.ledger.events.proposal.ProposalApproval;
import vn.thidua.ledger.events.proposal.ProposalEvent;
import vn.thidua.ledger.events.proposal.ProposalRefused;
import vn.thidua.ledger.events.proposal.ProposalReturned;
import vn.thidua.ledger.events.proposal.ProposalSubmission;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * Một bước của hồ sơ đề nghị on its way up: submitted to a level with its dossier, returned or refused there with a
 * reason, or approved there by an award decision (to {@code awarded}, all or some of the proposed). A title's
 * proposal and a form's have the same steps.
 *
 * @param status SUBMITTED, RETURNED, REFUSED or APPROVED
 */
public record ProposalStep(String status, String level, String levelName, LocalDate on, List<DossierDocument> dossier,
                           String reason, String awardDecisionId, String awardDecisionNumber, List<String> awarded) {

    public ProposalStep {
        dossier = dossier == null ? List.of() : List.copyOf(dossier);
        awarded = awarded == null ? List.of() : List.copyOf(awarded);
    }

    static ProposalStep of(ProposalEvent event) {
        if (event instanceof ProposalSubmission s) {
            return new ProposalStep("SUBMITTED", s.level().name(), s.level().vietnameseName(), s.submittedOn(),
                                    s.dossier(), null, null, null, null);
        }
        if (event instanceof ProposalReturned r) {
            return new ProposalStep("RETURNED", r.level().name(), r.level().vietnameseName(), r.returnedOn(), null,
                                    r.reason(), null, null, null);
        }
        if (event instanceof ProposalRefused r) {
            return new ProposalStep("REFUSED", r.level().name(), r.level().vietnameseName(), r.refusedOn(), null,
                                    r.reason(), null, null, null);
        }
        ProposalApproval a = (ProposalApproval) event;
        return new ProposalStep("APPROVED", a.level().name(), a.level().vietnameseName(), a.approvedOn(), null, null,
                                a.awardDecisionId().value(), a.awardDecisionNumber(),
                                a.awarded().stream().map(r -> r.registrantId().value()).toList());
    }

    /** The path with {@code step} at its end; a redelivered event never gets here (the view's position skips it). */
    static List<ProposalStep> append(List<ProposalStep> path, ProposalStep step) {
        return Stream.concat(path.stream(), Stream.of(step)).toList();
    }
}
