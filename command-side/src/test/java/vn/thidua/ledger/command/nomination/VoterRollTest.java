package vn.thidua.ledger.command.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.ledger.command.fixtures.Nominations2022.COUNCIL;
import static vn.thidua.ledger.command.fixtures.Nominations2022.MEMBER_UNIT_VOTERS;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CAMPAIGN;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.command.campaign.Roster;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.events.nomination.VotingBody;

/** R8: the member units vote in a MEMBER_UNITS round, whatever the request says; R7: a council round names its members. */
class VoterRollTest {

    private static final Roster ROSTER = new Roster(CAMPAIGN, 2022, List.of(), MEMBER_UNIT_VOTERS);

    @Test
    void aMemberUnitsRoundIsVotedByTheCampaignsMembers() {
        assertThat(VoterRoll.of(VotingBody.MEMBER_UNITS, List.of(), ROSTER)).isEqualTo(MEMBER_UNIT_VOTERS);
    }

    @Test
    void aMemberUnitsRoundTakesNoVotersFromTheRequest() {
        assertThatThrownBy(() -> VoterRoll.of(VotingBody.MEMBER_UNITS, COUNCIL, ROSTER))
                .isInstanceOfSatisfying(DomainRejection.class,
                        rejection -> assertThat(rejection.code()).isEqualTo(ErrorCode.INVALID_INPUT));
    }

    @Test
    void aCouncilRoundIsVotedByTheMembersItNames() {
        assertThat(VoterRoll.of(VotingBody.COUNCIL, COUNCIL, ROSTER)).isEqualTo(COUNCIL);
        assertThatThrownBy(() -> VoterRoll.of(VotingBody.COUNCIL, List.of(), ROSTER))
                .isInstanceOfSatisfying(DomainRejection.class,
                        rejection -> assertThat(rejection.code()).isEqualTo(ErrorCode.INVALID_INPUT));
    }
}
