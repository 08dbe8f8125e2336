package vn.thidua.ledger.command.nomination;

/**
 * Makes one-time secret-ballot credentials. Injected as a resource so tests can be deterministic;
 * production uses {@link SecureRandomBallotCredentialGenerator}.
 */
public interface BallotCredentialGenerator {

    /** A fresh, unguessable credential. */
    String newCredential();
}
