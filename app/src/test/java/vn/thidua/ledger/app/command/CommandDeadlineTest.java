package vn.thidua.ledger.app.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.app.testsupport.MutableClock;

class CommandDeadlineTest {

    /** Moved by the "handler", to play a slow command without waiting. */
    private final MutableClock clock = new MutableClock(Instant.parse("2024-03-01T02:00:00Z"));
    private final CommandDeadline deadline = new CommandDeadline(clock, Duration.ofSeconds(30));

    /** Runs a command whose handling takes {@code takes}; true if its unit of work committed. */
    private boolean commitsAfter(Duration takes) {
        UnitOfWork<CommandMessage<?>> work = DefaultUnitOfWork.startAndGet(GenericCommandMessage.asCommandMessage("cmd"));
        AtomicBoolean committed = new AtomicBoolean();
        work.afterCommit(u -> committed.set(true));
        work.executeWithResult(() -> deadline.handle(work, () -> {
            clock.advance(takes);
            return null;
        }));
        return committed.get();
    }

    @Test
    void aCommandWithinItsDeadlineCommits() {
        assertThat(commitsAfter(Duration.ofSeconds(29))).isTrue();
    }

    @Test
    void aCommandPastItsDeadlineIsRolledBackBeforeAnythingIsStored() {
        UnitOfWork<CommandMessage<?>> work = DefaultUnitOfWork.startAndGet(GenericCommandMessage.asCommandMessage("cmd"));
        AtomicBoolean stored = new AtomicBoolean();
        var result = work.executeWithResult(() -> deadline.handle(work, () -> {
            // What the event store does when the handler applies an event: append at prepare-commit.
            work.onPrepareCommit(u -> stored.set(true));
            clock.advance(Duration.ofSeconds(31));
            return null;
        }));
        assertThat(result.isExceptional()).isTrue();
        assertThat(result.exceptionResult()).isInstanceOf(CommandTimedOut.class);
        assertThat(stored).as("the events were never appended").isFalse();
    }
}
