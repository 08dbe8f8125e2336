package vn.thidua.ledger.events.council;

import vn.thidua.ledger.events.common.CouncilId;

/** Everything that can happen to a Hội đồng Thi đua – Khen thưởng (council): its roster and its own threshold. */
public sealed interface CouncilEvent permits CouncilEstablished, CouncilMemberAppointed, CouncilMemberRelieved,
        GrassrootsThresholdSet {

    CouncilId councilId();
}
