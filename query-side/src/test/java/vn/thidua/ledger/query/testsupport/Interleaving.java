package vn.thidua.ledger.query.testsupport;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A database whose collection runs another writer's work once, just before its {@code n}-th bulk write: what a writer
 * that read a document, then stalled (a lost claim, a long pause), meets when it writes at last. Everything else goes
 * to the database unchanged.
 */
public final class Interleaving {

    private Interleaving() {
    }

    /**
     * @param bulkWrite which bulk write of {@code collection} (1: the first) the other writer's {@code work} goes before
     */
    public static MongoDatabase before(MongoDatabase database, String collection, int bulkWrite, Runnable work) {
        AtomicInteger writes = new AtomicInteger();
        InvocationHandler collections = (proxy, method, args) -> {
            Object result = invoke(database, method, args);
            if (method.getName().equals("getCollection") && collection.equals(args[0])) {
                return interleaved((MongoCollection<?>) result, bulkWrite, writes, work);
            }
            return result;
        };
        return (MongoDatabase) Proxy.newProxyInstance(Interleaving.class.getClassLoader(),
                                                      new Class<?>[] {MongoDatabase.class}, collections);
    }

    private static MongoCollection<?> interleaved(MongoCollection<?> collection, int bulkWrite, AtomicInteger writes,
                                                  Runnable work) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("bulkWrite") && writes.incrementAndGet() == bulkWrite) {
                work.run();
            }
            Object result = invoke(collection, method, args);
            // The same collection seen with other document classes or settings (ViewStore writes raw BSON) counts too.
            return result instanceof MongoCollection<?> same ? interleaved(same, bulkWrite, writes, work) : result;
        };
        return (MongoCollection<?>) Proxy.newProxyInstance(Interleaving.class.getClassLoader(),
                                                           new Class<?>[] {MongoCollection.class}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
