package vn.thidua.ledger.command.nomination;

import static vn.thidua.ledger.command.fixtures.Nominations2022.flagRoundOpened;
import static vn.thidua.ledger.command.fixtures.Nominations2022.voter;
import static vn.thidua.ledger.command.fixtures.Rejections.rejectedWith;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CONFERENCE;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CVDCXDPL;
import static vn.thidua.ledger.fixtures.ClusterIv2022.HTQT;
import static vn.thidua.ledger.fixtures.ClusterIv2022.OUTSIDER;
import static vn.thidua.ledger.fixtures.ClusterIv2022.THADS;
import static vn.thidua.ledger.fixtures.Conference2022.FLAG_ROUND;

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

    private static final List<RegistrantId> LAW_MAKING = List.of(CVDCXDPL.registrantId());

    private AggregateTestFixture<NominationRound> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(NominationRound.class);
        fixture.registerInjectableResource(Rules.CATALOG);
        fixture.registerInjectableResource(Rules.clockOn(CONFERENCE));
        fixture.registerInjectableResource(RoundKeysForTests.GENERATOR);
        fixture.registerInjectableResource(new InMemoryRoundKeyVault());
    }

    @Test
    void aVoterWhosePrincipalIsTheVoterIdVotes() {
        fixture.given(flagRoundOpened())
                .when(new CastOpenBallot(FLAG_ROUND, voter(HTQT.unit()), LAW_MAKING),
                        Actors.voter(HTQT.unit().id().value()))
                .expectEvents(new OpenBallotCast(FLAG_ROUND, voter(HTQT.unit()),
                        HTQT.unit().name(), LAW_MAKING, CONFERENCE));
    }

    @Test
    void aCallerWhoseNameIsTheVoterIdButWhoIsNoVoterCannotVote() {
        // E.g. an auditor or a secretariat account that happens to be called like a council member.
        fixture.given(flagRoundOpened())
                .when(new CastOpenBallot(FLAG_ROUND, voter(HTQT.unit()), LAW_MAKING),
                        Map.of(MetaDataKeys.PRINCIPAL, HTQT.unit().id().value(),
                                MetaDataKeys.ROLES, List.of(Role.AUDITOR.name())))
                .expectException(rejectedWith(ErrorCode.NOT_THE_VOTER))
                .expectNoEvents();
    }

    @Test
    void aRepresentativeCannotCastTheBallotOfAnotherUnit() {
        fixture.given(flagRoundOpened())
                .when(new CastOpenBallot(FLAG_ROUND, voter(HTQT.unit()), LAW_MAKING),
                        Actors.representativeOf(THADS.unit()))
                .expectException(rejectedWith(ErrorCode.NOT_THE_VOTER))
                .expectNoEvents();
    }

    @Test
    void aVoterCannotCastSomeoneElsesBallot() {
        fixture.given(flagRoundOpened())
                .when(new CastOpenBallot(FLAG_ROUND, voter(HTQT.unit()), LAW_MAKING),
                        Actors.voter("bieu-quyet-1"))
                .expectException(rejectedWith(ErrorCode.NOT_THE_VOTER))
                .expectNoEvents();
    }

    @Test
    void theSecretariatRecordsWrittenVotesButDoesNotCastBallotsForOthers() {
        fixture.given(flagRoundOpened())
                .when(new CastOpenBallot(FLAG_ROUND, voter(HTQT.unit()), LAW_MAKING),
                        Actors.secretariat())
                .expectException(rejectedWith(ErrorCode.NOT_THE_VOTER))
                .expectNoEvents();
    }

    @Test
    void aBallotWithoutACallerIsRefused() {
        fixture.given(flagRoundOpened())
                .when(new CastOpenBallot(FLAG_ROUND, voter(HTQT.unit()), LAW_MAKING))
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
