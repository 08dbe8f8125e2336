package vn.thidua.ledger.eventstore;

import com.mongodb.MongoOperationTimeoutException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

/**
 * A database in front of the real one whose first insert of a commit that holds events (of one aggregate, if
 * given) misbehaves, as a command node does when it stalls (GC pause, network) between reserving global indexes
 * and writing:
 * <ul>
 *   <li>{@link Mode#STALL}: the insert waits until {@link #release()}, then reaches the server;</li>
 *   <li>{@link Mode#ANSWER_LOST}: the insert reaches the server, but the writer gets a timeout;</li>
 *   <li>{@link Mode#LANDS_LATE}: the writer gets a timeout at once, the insert reaches the server only
 *       at {@link #release()} (a message that sat in the network).</li>
 * </ul>
 */
final class StallingDatabase {

    enum Mode { STALL, ANSWER_LOST, LANDS_LATE }

    private final MongoDatabase database;
    private final Mode mode;
    private final Predicate<Document> target;
    private final AtomicBoolean armed = new AtomicBoolean(true);
    private final CountDownLatch reached = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile Runnable lateInsert = () -> { };

    StallingDatabase(MongoDatabase database, Mode mode) {
        this(database, mode, commit -> true);
    }

    /** Misbehaves at the first insert of a commit of {@code aggregateId}, not at the first commit of all. */
    StallingDatabase(MongoDatabase database, Mode mode, String aggregateId) {
        this(database, mode, commit -> aggregateId.equals(commit.getString(CommitDocument.AGGREGATE_ID)));
    }

    private StallingDatabase(MongoDatabase database, Mode mode, Predicate<Document> target) {
        this.mode = mode;
        this.target = target;
        this.database = proxy(MongoDatabase.class, database);
    }

    MongoDatabase database() {
        return database;
    }

    /** Waits until the writer has reached its misbehaving insert. */
    void awaitInsert() throws InterruptedException {
        if (!reached.await(30, TimeUnit.SECONDS)) {
            throw new AssertionError("The writer never reached its insert");
        }
    }

    /** Lets a stalled insert go on, or lands the late one (whose outcome, if any, is ignored). */
    void release() {
        released.countDown();
        if (mode == Mode.LANDS_LATE) {
            try {
                lateInsert.run();
            } catch (RuntimeException refused) {
                // The store refused the late insert: that is what a late insert must meet.
            }
        }
    }

    @SuppressWarnings("unchecked")
    private <T> T proxy(Class<T> type, T target) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            boolean commits = target instanceof MongoCollection<?> c
                    && c.getNamespace().getCollectionName().equals(EventStoreCollections.COMMITS);
            if (commits && isCommitInsert(method, args) && armed.compareAndSet(true, false)) {
                return misbehave(method, target, args);
            }
            Object result = invoke(method, target, args);
            return result instanceof MongoCollection<?> collection ? proxy(MongoCollection.class, collection)
                    : result instanceof MongoDatabase db ? proxy(MongoDatabase.class, db) : result;
        });
    }

    private Object misbehave(Method method, Object target, Object[] args) throws Throwable {
        reached.countDown();
        switch (mode) {
            case STALL -> {
                released.await(60, TimeUnit.SECONDS);
                return invoke(method, target, args);
            }
            case ANSWER_LOST -> {
                invoke(method, target, args);
                throw new MongoOperationTimeoutException("Timed out waiting for the insert's answer");
            }
            default -> {
                lateInsert = () -> {
                    try {
                        invoke(method, target, args);
                    } catch (Throwable e) {
                        throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
                    }
                };
                throw new MongoOperationTimeoutException("Timed out sending the insert");
            }
        }
    }

    private boolean isCommitInsert(Method method, Object[] args) {
        return method.getName().equals("insertOne") && args != null && args[0] instanceof Document commit
                && !commit.getList(CommitDocument.EVENTS, Document.class).isEmpty() && target.test(commit);
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
