package vn.thidua.ledger.app.testsupport;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Test-only: holds a real command in its handler until the test lets it go, to see what a retry
 * meets while the first attempt is still in flight. A command is held when its audit reason (the
 * {@code X-Reason} header) is a token the test armed; every other command passes untouched.
 */
@Component
public class CommandGate implements MessageHandlerInterceptor<CommandMessage<?>> {

    private static final Duration MAX_HOLD = Duration.ofSeconds(60);

    /** One held command: the test waits for it to arrive, then releases it. */
    public static final class Hold {
        private final CountDownLatch arrived = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        public boolean awaitArrival() throws InterruptedException {
            return arrived.await(MAX_HOLD.toSeconds(), TimeUnit.SECONDS);
        }

        public void release() {
            released.countDown();
        }
    }

    private final Map<String, Hold> holds = new ConcurrentHashMap<>();

    public Hold arm(String reasonToken) {
        Hold hold = new Hold();
        holds.put(reasonToken, hold);
        return hold;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object reason = unitOfWork.getMessage().getMetaData().get("reason");
        Hold hold = reason == null ? null : holds.remove(reason.toString());
        if (hold != null) {
            hold.arrived.countDown();
            hold.released.await(MAX_HOLD.toSeconds(), TimeUnit.SECONDS); // time-boxed: a failed test never hangs
        }
        return chain.proceed();
    }
}
