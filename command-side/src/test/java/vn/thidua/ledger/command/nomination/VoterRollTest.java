package vn.thidua.ledger.command.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.ledger.command.fixtures.Nominations2022.MEMBER_UNIT_VOTERS;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CAMPAIGN;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.command.campaign.Roster;
import vn.thidua.ledger.events.nomination.VotingBody;

/** R8: the member units vote in a MEMBER_UNITS round; R7: a council round's voters come from its council, not here. */
class VoterRollTest {

    private static final Roster ROSTER = new Roster(CAMPAIGN, 2022, List.of(), MEMBER_UNIT_VOTERS, null, false);

    @Test
    void aMemberUnitsRoundIsVotedByTheCampaignsMembers() {
        assertThat(VoterRoll.of(VotingBody.MEMBER_UNITS, ROSTER)).isEqualTo(MEMBER_UNIT_VOTERS);
    }

    @Test
    void aCouncilRoundTakesNoVotersFromTheCampaign() {
        assertThat(VoterRoll.of(VotingBody.COUNCIL, ROSTER)).isEmpty();
    }
}
