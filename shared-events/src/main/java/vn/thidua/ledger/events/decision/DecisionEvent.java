package vn.thidua.ledger.events.decision;

import vn.thidua.ledger.events.common.DecisionId;

/**
 * Everything that can happen to a quyết định (decision): issued as commendation (of a title or of a form of
 * commendation) or appointment; awards (of a title or a form) revoked.
 */
public sealed interface DecisionEvent permits CommendationDecided, FormOfCommendationDecided, AppointmentDecided,
        AwardRevocation {

    DecisionId decisionId();
}
