package vn.thidua.ledger.query.replay;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Event stores that fail where a rebuild reads them: streams that fail with an {@link Error} when asked for their n-th
 * event (counted from 1), or a head that cannot be read once (a database stall).
 */
final class StreamFailingAt {

    private StreamFailingAt() {
    }

    static EventStore event(EventStore store, int failing) {
        return proxy(EventStore.class, (method, args) -> {
            Object result = method.invoke(store, args);
            return method.getName().equals("openStream") ? failing((BlockingStream<?>) result, failing) : result;
        });
    }

    static EventStore headOnce(EventStore store) {
        AtomicInteger asked = new AtomicInteger();
        return proxy(EventStore.class, (method, args) -> {
            if (method.getName().equals("createHeadToken") && asked.incrementAndGet() == 1) {
                throw new IllegalStateException("the event store did not answer (test)");
            }
            return method.invoke(store, args);
        });
    }

    private static BlockingStream<?> failing(BlockingStream<?> stream, int failing) {
        AtomicInteger served = new AtomicInteger();
        return proxy(BlockingStream.class, (method, args) -> {
            if (method.getName().equals("nextAvailable") && served.incrementAndGet() == failing) {
                throw new NoClassDefFoundError("vn/thidua/ledger/events/ARemovedEvent");
            }
            return method.invoke(stream, args);
        });
    }

    private interface Call {
        Object invoke(Method method, Object[] args) throws IllegalAccessException, InvocationTargetException;
    }

    private static <T> T proxy(Class<T> type, Call call) {
        InvocationHandler handler = (proxy, method, args) -> {
            try {
                return call.invoke(method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(StreamFailingAt.class.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
