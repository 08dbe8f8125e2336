package vn.thidua.ledger.app.command;

import java.time.Duration;

/**
 * A command that did not reach its commit within {@link CommandSettings#timeout()}: its unit of
 * work is rolled back, nothing is stored, and the API answers 503 so the client (and the
 * idempotency filter, which releases the key) may retry.
 */
public class CommandTimedOut extends RuntimeException {

    public CommandTimedOut(String commandName, Duration timeout) {
        super(commandName + " did not complete within " + timeout + " and was rolled back; nothing was recorded");
    }
}
