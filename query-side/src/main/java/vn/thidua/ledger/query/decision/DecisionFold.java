package vn.thidua.ledger.query.decision;

import vn.thidua.ledger.events.decision.AppointmentDecided;
import vn.thidua.ledger.events.decision.AwardRevocation;
import vn.thidua.ledger.events.decision.CommendationDecided;
import vn.thidua.ledger.events.decision.CommendationKind;
import vn.thidua.ledger.events.decision.DecisionEvent;
import vn.thidua.ledger.events.decision.FormOfCommendationDecided;
import vn.thidua.ledger.events.decision.Recipient;
import vn.thidua.ledger.events.proposal.ProposalApproval;
import vn.thidua.ledger.events.proposal.ProposalEvent;
import vn.thidua.ledger.query.decision.DecisionView.Appointment;
import vn.thidua.ledger.query.decision.DecisionView.AwardStatus;
import vn.thidua.ledger.query.decision.DecisionView.FormOfCommendation;
import vn.thidua.ledger.query.decision.DecisionView.RecipientRow;
import vn.thidua.ledger.query.decision.DecisionView.Revocation;

import java.util.List;
import java.util.stream.Stream;

/** The decision view as a pure fold of the decision's own events. */
public final class DecisionFold {

    private DecisionFold() {
    }

    public static DecisionView apply(DecisionView state, DecisionEvent event) {
        if (event instanceof CommendationDecided decided) {
            return new DecisionView(decided.decisionId().value(), decided.decisionNumber(), "COMMENDATION",
                                    decided.kind().name(), decided.title().name(), decided.title().vietnameseName(),
                                    decided.year(), decided.signedOn(), decided.signedBy(), decided.roundId().value(), null,
                                    decided.roundRule(),
                                    decided.proposalCap() == null ? null : decided.proposalCap().maxProposals(),
                                    rows(decided.recipients(), decided.kind()), null, null, null, null);
        }
        if (event instanceof FormOfCommendationDecided decided) {
            return new DecisionView(decided.decisionId().value(), decided.decisionNumber(), "FORM_OF_COMMENDATION",
                                    decided.kind().name(), null, null, decided.year(), decided.signedOn(),
                                    decided.signedBy(), null, decided.campaignId().clusterOf(decided.year()).value(),
                                    decided.rule(), null, rows(decided.recipients(), decided.kind()), null, null, null,
                                    FormOfCommendation.of(decided));
        }
        if (event instanceof AppointmentDecided decided) {
            return new DecisionView(decided.decisionId().value(), decided.decisionNumber(), "APPOINTMENT", null, null, null,
                                    decided.year(), decided.signedOn(), decided.signedBy(), null,
                                    decided.clusterId().value(), decided.rule(), null, List.of(),
                                    new Appointment(decided.clusterName(), decided.year(), decided.head().id().value(),
                                                    decided.head().name(), decided.deputyHead().id().value(),
                                                    decided.deputyHead().name()), null, null, null);
        }
        if (event instanceof AwardRevocation revoked) {
            Revocation revocation = revocationOf(revoked);
            List<RecipientRow> recipients = state.recipients().stream()
                    .map(r -> r.registrantId().equals(revoked.recipient().registrantId().value())
                            ? new RecipientRow(r.registrantId(), r.name(), r.unitId(), r.unitName(), AwardStatus.REVOKED,
                                               revocation)
                            : r)
                    .toList();
            return new DecisionView(state.decisionId(), state.decisionNumber(), state.category(), state.kind(),
                                    state.title(), state.titleName(), state.year(), state.signedOn(), state.signedBy(),
                                    state.roundId(), state.clusterId(), state.rule(), state.maxProposals(), recipients,
                                    state.appointment(), state.path(), state.approves(), state.form());
        }
        throw new IllegalArgumentException("Unknown decision event " + event.getClass().getName());
    }

    private static List<RecipientRow> rows(List<Recipient> recipients, CommendationKind kind) {
        AwardStatus status = kind == CommendationKind.AWARD ? AwardStatus.AWARDED : AwardStatus.PROPOSED;
        return recipients.stream()
                .map(r -> new RecipientRow(r.registrantId().value(), r.name(), r.unit().id().value(), r.unit().name(),
                                           status, null))
                .toList();
    }

    /** The tờ trình's path gets the step; null while the tờ trình is not in the view (nothing to add to). */
    static DecisionView applyToProposal(DecisionView state, ProposalEvent event) {
        return state == null ? null : state.withPath(ProposalStep.append(state.path(), ProposalStep.of(event)));
    }

    /** The award names the tờ trình it approved, once. */
    static DecisionView applyToAward(DecisionView state, ProposalApproval approved) {
        ProposalLink link = ProposalLink.of(approved);
        if (state == null || state.approves().contains(link)) {
            return state;
        }
        return state.withApproves(Stream.concat(state.approves().stream(), Stream.of(link)).toList());
    }

    static Revocation revocationOf(AwardRevocation revoked) {
        return new Revocation(revoked.revocationDecisionNumber(), revoked.revokedOn(), revoked.ground().name(),
                              revoked.reason(), revoked.rule());
    }
}
