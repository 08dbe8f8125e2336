package vn.thidua.ledger.command.decision;

import java.util.Map;
import java.util.Set;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.common.Require;
import vn.thidua.ledger.command.rules.RuleCode;
import vn.thidua.ledger.command.rules.RuleSet;
import vn.thidua.ledger.events.decision.CommendationKind;
import vn.thidua.ledger.events.decision.Recipient;

/**
 * Hủy bỏ quyết định khen thưởng (R10): only an award is revoked, one recipient at a time, once, by a
 * revocation decision with its date, a legal ground and a reason (Law on Emulation and Commendation
 * 2022, chapter VII).
 */
final class RevocationPolicy {

    private RevocationPolicy() {
    }

    /** The recipient the revocation takes the award from; refuses anything R10 does not allow. */
    static Recipient check(RevokeAward command, String decisionNumber, CommendationKind kind,
                           Map<String, Recipient> recipients, Set<String> revoked, RuleSet rules) {
        if (kind != CommendationKind.AWARD) {
            throw new DomainRejection(ErrorCode.NOT_AN_AWARD, "decision " + decisionNumber + " awards nothing to revoke");
        }
        Recipient recipient = recipients.get(Require.present("recipient", command.recipientId()).value());
        if (recipient == null) {
            throw new DomainRejection(ErrorCode.NOT_A_RECIPIENT, command.recipientId() + " was not awarded by decision "
                    + decisionNumber);
        }
        if (revoked.contains(recipient.registrantId().value())) {
            throw new DomainRejection(ErrorCode.AWARD_ALREADY_REVOKED, rules.cite(RuleCode.R10) + ": the award to "
                    + recipient.name() + " was already revoked");
        }
        // The revocation decision is not recorded as a decision of its own; its number and date must still be valid.
        Require.decisionId(command.revocationDecisionNumber(), command.revokedOn());
        Require.present("ground", command.ground());
        Require.text("reason", command.reason(), Require.MAX_TEXT);
        return recipient;
    }
}
