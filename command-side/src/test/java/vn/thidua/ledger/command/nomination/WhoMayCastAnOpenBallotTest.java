package vn.thidua.ledger.command.nomination;

import static vn.thidua.ledger.command.fixtures.ClusterIv2022.CIVIL_JUDGMENT_ENFORCEMENT;
import static vn.thidua.ledger.command.fixtures.ClusterIv2022.INTERNATIONAL_COOPERATION;
import static vn.thidua.ledger.command.fixtures.ClusterIv2022.OUTSIDER;
import static vn.thidua.ledger.command.fixtures.Nominations2022.CONFERENCE;
import static vn.thidua.ledger.command.fixtures.Nominations2022.FLAG_ROUND;
import static vn.thidua.ledger.command.fixtures.Nominations2022.LAW_MAKING_CANDIDATE;
import static vn.thidua.ledger.command.fixtures.Nominations2022.flagRoundOpened;
import static vn.thidua.ledger.command.fixtures.Nominations2022.voter;
import static vn.thidua.ledger.command.fixtures.Rejections.rejectedWith;

import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.fixtures.Actors;
import vn.thidua.ledger.command.fixtures.Rules;
import vn.thidua.ledger.events.common.MetaDataKeys;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.Role;
import vn.thidua.ledger.events.nomination.OpenBallotCast;

/** An open ballot is cast by the voter themself (a member unit through its representative), only where eligible. */
class WhoMayCastAnOpenBallotTest {

    private static final List<RegistrantId> LAW_MAKING = List.of(LAW_MAKING_CANDIDATE.registrantId());

    private AggregateTestFixture<NominationRound> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(NominationRound.class);
        fixture.registerInjectableResource(Rules.CATALOG);
        fixture.registerInjectableResource(Rules.clockOn(CONFERENCE));
        fixture.registerInjectableResource(RoundKeysForTests.GENERATOR);
        fixture.registerInjectableResource(new RoundKeysForTests.InMemoryVault());
    }

    @Test
    void aVoterWhosePrincipalIsTheVoterIdVotes() {
        fixture.given(flagRoundOpened())
                .when(new CastOpenBallot(FLAG_ROUND, voter(INTERNATIONAL_COOPERATION), LAW_MAKING),
                        Actors.voter(INTERNATIONAL_COOPERATION.id().value()))
                .expectEvents(new OpenBallotCast(FLAG_ROUND, voter(INTERNATIONAL_COOPERATION),
                        INTERNATIONAL_COOPERATION.name(), LAW_MAKING, CONFERENCE));
    }

    @Test
    void aCallerWhoseNameIsTheVoterIdButWhoIsNoVoterCannotVote() {
        // E.g. an auditor or a secretariat account that happens to be called like a council member.
        fixture.given(flagRoundOpened())
                .when(new CastOpenBallot(FLAG_ROUND, voter(INTERNATIONAL_COOPERATION), LAW_MAKING),
                        Map.of(MetaDataKeys.PRINCIPAL, INTERNATIONAL_COOPERATION.id().value(),
                                MetaDataKeys.ROLES, List.of(Role.AUDITOR.name())))
                .expectException(rejectedWith(ErrorCode.NOT_THE_VOTER))
                .expectNoEvents();
    }

    @Test
    void aRepresentativeCannotCastTheBallotOfAnotherUnit() {
        fixture.given(flagRoundOpened())
                .when(new CastOpenBallot(FLAG_ROUND, voter(INTERNATIONAL_COOPERATION), LAW_MAKING),
                        Actors.representativeOf(CIVIL_JUDGMENT_ENFORCEMENT))
                .expectException(rejectedWith(ErrorCode.NOT_THE_VOTER))
                .expectNoEvents();
    }

    @Test
    void aVoterCannotCastSomeoneElsesBallot() {
        fixture.given(flagRoundOpened())
                .when(new CastOpenBallot(FLAG_ROUND, voter(INTERNATIONAL_COOPERATION), LAW_MAKING),
                        Actors.voter("bieu-quyet-1"))
                .expectException(rejectedWith(ErrorCode.NOT_THE_VOTER))
                .expectNoEvents();
    }

    @Test
    void theSecretariatRecordsWrittenVotesButDoesNotCastBallotsForOthers() {
        fixture.given(flagRoundOpened())
                .when(new CastOpenBallot(FLAG_ROUND, voter(INTERNATIONAL_COOPERATION), LAW_MAKING),
                        Actors.secretariat())
                .expectException(rejectedWith(ErrorCode.NOT_THE_VOTER))
                .expectNoEvents();
    }

    @Test
    void aBallotWithoutACallerIsRefused() {
        fixture.given(flagRoundOpened())
                .when(new CastOpenBallot(FLAG_ROUND, voter(INTERNATIONAL_COOPERATION), LAW_MAKING))
                .expectException(rejectedWith(ErrorCode.NOT_THE_VOTER))
                .expectNoEvents();
    }

    @Test
    void castingAsOneselfDoesNotMakeOneEligible() {
        fixture.given(flagRoundOpened())
                .when(new CastOpenBallot(FLAG_ROUND, voter(OUTSIDER), LAW_MAKING), Actors.representativeOf(OUTSIDER))
                .expectException(rejectedWith(ErrorCode.NOT_AN_ELIGIBLE_VOTER))
                .expectNoEvents();
    }
}
