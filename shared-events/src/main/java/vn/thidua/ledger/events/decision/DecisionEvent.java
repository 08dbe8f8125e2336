package vn.thidua.ledger.events.decision;

import vn.thidua.ledger.events.common.DecisionId;

/** Everything that can happen to a quyết định (decision): issued as commendation or appointment; awards revoked. */
public sealed interface DecisionEvent permits CommendationDecided, AppointmentDecided, AwardRevoked {

    DecisionId decisionId();
}
