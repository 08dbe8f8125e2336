package vn.thidua.ledger.events.decision;

import java.time.LocalDate;
import vn.thidua.ledger.events.common.RuleReference;

/**
 * Thu hồi khen thưởng, whatever was awarded: a title ({@link AwardRevoked}) or a form of commendation
 * ({@link FormOfCommendationRevoked}). What a view of the decision or of an award record needs from either.
 */
public sealed interface AwardRevocation extends DecisionEvent permits AwardRevoked, FormOfCommendationRevoked {

    String decisionNumber();

    Recipient recipient();

    String revocationDecisionNumber();

    LocalDate revokedOn();

    RevocationGround ground();

    String reason();

    RuleReference rule();
}
