package vn.thidua.ledger.query.audit;

import com.mongodb.client.MongoDatabase;
import vn.thidua.ledger.query.view.ViewDatabase;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.query.view.Versioned;
import vn.thidua.ledger.query.view.ViewJson;
import vn.thidua.ledger.query.view.ViewStore;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The cluster and year of each aggregate ({@value #NAME}, {@code _id} = aggregate id), so that events which
 * do not name them are still filed under the right cluster and year: a secret ballot under its round's, a
 * revocation under its decision's, a decision under its round's.
 */
@Component
class AuditScopes {

    static final String NAME = "auditScopes";

    private final ViewStore<AuditScope> store;

    AuditScopes(@ViewDatabase MongoDatabase database) {
        this.store = new ViewStore<>(database, NAME, AuditScope.class, ViewJson.mapper());
    }

    /**
     * The payload's own cluster and year; what it lacks is taken from its own aggregate first, then from the
     * aggregates it refers to, in the order the payload names them.
     */
    AuditScope resolve(String aggregateId, PayloadFacts facts) {
        String cluster = facts.clusterId();
        Integer year = facts.year();
        if (cluster != null && year != null) {
            return new AuditScope(cluster, year);
        }
        Set<String> ids = new LinkedHashSet<>();
        if (aggregateId != null) {
            ids.add(aggregateId);
        }
        ids.addAll(facts.referencedAggregates());
        Map<String, Versioned<AuditScope>> known = store.findAllById(ids);
        for (String id : ids) {
            Versioned<AuditScope> scope = known.get(id);
            if (scope != null) {
                cluster = cluster != null ? cluster : scope.view().clusterId();
                year = year != null ? year : scope.view().year();
            }
        }
        return new AuditScope(cluster, year);
    }

    /** Remembers the aggregate's scope from the first of its events that names a cluster; later ones keep it. */
    void learn(String aggregateId, long position, AuditScope scope) {
        if (aggregateId != null && scope.clusterId() != null) {
            store.fold(aggregateId, position, known -> known != null ? known : scope);
        }
    }

    void clear() {
        store.clear();
    }

    ViewStore<AuditScope> store() {
        return store;
    }
}
