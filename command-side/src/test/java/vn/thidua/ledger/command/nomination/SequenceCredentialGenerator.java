package vn.thidua.ledger.command.nomination;

import java.util.concurrent.atomic.AtomicInteger;

/** Predictable credentials for tests: cred-1, cred-2, ... */
class SequenceCredentialGenerator implements BallotCredentialGenerator {

    private final AtomicInteger next = new AtomicInteger();

    @Override
    public String newCredential() {
        return "cred-" + next.incrementAndGet();
    }
}
