package vn.thidua.ledger.query.view;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Marks the {@code MongoDatabase} of derived data: every view's collections and the processors' tokens, rebuilt from
 * the events if lost. It is a database of its own (docs/architecture.md, "The embedded store"), so the embedded store
 * keeps it in a file of its own, committed on its own schedule and never ahead of the ledger's file; the unqualified
 * {@code MongoDatabase} is the ledger's (events, snapshots, idempotency keys, ballot keys, import jobs).
 */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.METHOD, ElementType.FIELD, ElementType.TYPE})
public @interface ViewDatabase {
}
