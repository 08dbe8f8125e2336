package vn.thidua.ledger.query.audit;

import java.util.Collection;
import java.util.Map;

/**
 * The ledger's own text of the events at global positions: a port, because the audit history keeps no copy of the
 * payloads. It is an index over the ledger (who, why, under which rule, about what), and a read shows each event's
 * payload from the event store itself, as stored and covered by its commit's hash, not a copy as large as the ledger
 * that every rebuild wrote again and held until its window was written (without it a rebuild spends about 4 % less
 * CPU and less time collecting, docs/benchmarks.md, "Session 46"). The application answers with one lookup by the
 * commits' keys (EventStoreConfiguration); a position that holds no event is left out.
 */
@FunctionalInterface
public interface LedgerPayloads {

    Map<Long, Payload> at(Collection<Long> positions);

    /**
     * @param revision the payload's {@code @Revision} as stored
     * @param json     its JSON text as stored
     */
    record Payload(String revision, String json) {
    }
}
