package vn.thidua.ledger.events.campaign;

import vn.thidua.ledger.events.common.CampaignId;

/**
 * Everything that can happen to a phong trào thi đua (emulation campaign: one cluster's year).
 * Pledges live in the same stream but have their own vocabulary: see
 * {@code vn.thidua.ledger.events.pledge.PledgeEvent}.
 */
public sealed interface CampaignEvent permits CampaignLaunched, RuleVersionChosen, RegistrationWindowSet,
        CovenantSigned, ScoreSelfAssessed, ScoreAdjusted, ScorecardFinalised, RankingPublished, YearEndConferenceHeld,
        DraftSummaryPresented, SummaryCommentRecorded, IllustrativeFiguresDeclared, EmulationRecordsRequired,
        CampaignClosed {

    CampaignId campaignId();
}
