package vn.thidua.ledger.app.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.ExecutionResult;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.command.common.DomainRejection;

/**
 * Counts every command handled here by type and outcome ({@code thidua.commands}: {@code accepted}, {@code rejected},
 * {@code conflict}, {@code failed}) and the rejections by error code ({@code thidua.command.rejections}). The outcome
 * is taken when the command's unit of work ends, not when its handler returns: a command whose events meet another
 * writer's at commit (a 409) is a conflict, not an acceptance. Registered on the command bus by Axon's
 * auto-configuration, as every handler interceptor bean.
 */
@Component
public class CommandMetrics implements MessageHandlerInterceptor<CommandMessage<?>> {

    static final String COMMANDS = "thidua.commands";
    static final String REJECTIONS = "thidua.command.rejections";

    private final MeterRegistry registry;

    public CommandMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        String type = unitOfWork.getMessage().getPayloadType().getSimpleName();
        unitOfWork.afterCommit(committed -> count(type, "accepted"));
        unitOfWork.onRollback(rolledBack -> rolledBack(type, Optional.ofNullable(rolledBack.getExecutionResult())
                .map(ExecutionResult::getExceptionResult).orElse(null)));
        return interceptorChain.proceed();
    }

    private void rolledBack(String type, Throwable cause) {
        for (Throwable current = cause; current != null; current = current.getCause()) {
            if (current instanceof DomainRejection rejection) {
                count(type, "rejected");
                registry.counter(REJECTIONS, "code", rejection.code().name()).increment();
                return;
            }
            if (current instanceof ConcurrencyException) {
                count(type, "conflict");
                return;
            }
        }
        count(type, "failed");
    }

    private void count(String type, String outcome) {
        registry.counter(COMMANDS, "type", type, "outcome", outcome).increment();
    }
}
