package vn.thidua.ledger.query.replay;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;

/** An event store whose streams fail with an {@link Error} when asked for their n-th event (counted from 1). */
final class StreamFailingAt {

    private StreamFailingAt() {
    }

    static EventStore event(EventStore store, int failing) {
        return proxy(EventStore.class, (method, args) -> {
            Object result = method.invoke(store, args);
            return method.getName().equals("openStream") ? failing((BlockingStream<?>) result, failing) : result;
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
