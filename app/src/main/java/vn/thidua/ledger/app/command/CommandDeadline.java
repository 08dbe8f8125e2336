package vn.thidua.ledger.app.command;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Gives every command a deadline, checked when its unit of work is about to commit (before its
 * events are appended): a command that took longer, e.g. waiting for a busy aggregate, is rolled
 * back instead of committing late. So once the idempotency claim of its request goes stale (the
 * claim timeout is longer than this deadline), the first attempt can no longer commit, and a retry
 * that takes the claim over does not record the fact twice.
 *
 * <p>The deadline is enforced at commit rather than by {@code sendAndWait(command, timeout)}: the
 * command bus runs handlers on the caller's thread, so a gateway timeout would not stop anything,
 * and on an asynchronous bus it would return while the command could still commit.
 */
public class CommandDeadline implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final Clock clock;
    private final Duration timeout;

    public CommandDeadline(Clock clock, Duration timeout) {
        this.clock = clock;
        this.timeout = timeout;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        Instant deadline = clock.instant().plus(timeout);
        String name = unitOfWork.getMessage().getCommandName();
        // Registered before the handler runs, so it precedes the event store's own prepare-commit step.
        unitOfWork.onPrepareCommit(work -> {
            if (clock.instant().isAfter(deadline)) {
                throw new CommandTimedOut(name, timeout);
            }
        });
        return interceptorChain.proceed();
    }
}
