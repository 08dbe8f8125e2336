package vn.thidua.ledger.command.nomination;

import java.security.KeyPair;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import org.axonframework.test.aggregate.AggregateTestFixture;
import vn.thidua.ledger.command.fixtures.Actors;
import vn.thidua.ledger.command.fixtures.Rules;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.events.nomination.BallotKeyPublished;
import vn.thidua.ledger.fixtures.ClusterIv2022;

/**
 * Round keys for aggregate tests: one 2048-bit pair made once per test run (so expected events can name
 * it), another to sign with a key that is not the round's, and a vault in memory.
 */
final class RoundKeysForTests {

    static final KeyPair ROUND_KEY = new RsaRoundKeyGenerator(2048).newKeyPair();
    static final KeyPair OTHER_KEY = new RsaRoundKeyGenerator(2048).newKeyPair();
    static final RoundKeyGenerator GENERATOR = () -> ROUND_KEY;

    private RoundKeysForTests() {
    }

    /** A round fixture on the 2022 rules and conference day, keys from {@link #GENERATOR}, the secretariat by default. */
    static AggregateTestFixture<NominationRound> fixture(RoundKeyVault vault) {
        return fixtureOn(vault, ClusterIv2022.CONFERENCE);
    }

    /** The same fixture on another day, e.g. years later when a past round is transcribed. */
    static AggregateTestFixture<NominationRound> fixtureOn(RoundKeyVault vault, java.time.LocalDate today) {
        AggregateTestFixture<NominationRound> fixture = new AggregateTestFixture<>(NominationRound.class);
        fixture.registerInjectableResource(Rules.CATALOG);
        fixture.registerInjectableResource(Rules.clockOn(today));
        fixture.registerInjectableResource(GENERATOR);
        fixture.registerInjectableResource(vault);
        fixture.registerCommandDispatchInterceptor(Actors.secretariatByDefault());
        return fixture;
    }

    static RSAPublicKey publicKey() {
        return (RSAPublicKey) ROUND_KEY.getPublic();
    }

    static RSAPrivateCrtKey privateKey() {
        return (RSAPrivateCrtKey) ROUND_KEY.getPrivate();
    }

    static BallotKeyPublished keyPublished(RoundId roundId) {
        return new BallotKeyPublished(roundId, BlindRsa.SCHEME, BlindRsa.encodeUnsigned(publicKey().getModulus()),
                BlindRsa.encodeUnsigned(publicKey().getPublicExponent()));
    }
}
