package vn.thidua.ledger.command.nomination;

import java.util.concurrent.atomic.AtomicInteger;

/** Predictable credentials for tests: cred-1, cred-2, ... */
class SequenceCredentialGenerator implements BallotCredentialGenerator {

    private final AtomicInteger next;

    SequenceCredentialGenerator() {
        this(1);
    }

    /** Starting at cred-{@code first}, e.g. after the credentials of a round opened in the given events. */
    SequenceCredentialGenerator(int first) {
        next = new AtomicInteger(first - 1);
    }

    @Override
    public String newCredential() {
        return "cred-" + next.incrementAndGet();
    }
}
