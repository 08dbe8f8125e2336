package vn.thidua.ledger.app.axon;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

/**
 * The aggregates a command node keeps in memory between commands, so that a command on a campaign holding a year's
 * pledges does not deserialize that year from its snapshot first: Axon's caching repository on a bounded Caffeine
 * map (least recently used aggregates leave first). One cache per aggregate type, since ids of different types may
 * be equal.
 * <p>
 * Safe with several command nodes: an entry made stale by another node's write cannot store anything, since its next
 * event takes a sequence number that is already stored and meets the unique {@code commitKey}; the command is refused
 * with {@code 409 CONCURRENT_MODIFICATION}, Axon drops the entry with the rolled-back unit of work, and the retry loads
 * the aggregate afresh. Route each campaign's commands to one node to avoid those retries (docs/operations.md).
 */
final class AggregateCache implements Cache {

    private final com.github.benmanes.caffeine.cache.Cache<Object, Object> entries;

    AggregateCache(long maximumAggregates) {
        this.entries = Caffeine.newBuilder().maximumSize(maximumAggregates).build();
    }

    @Override
    @SuppressWarnings("unchecked") // Axon's interface: the caller knows what it put under the key
    public <K, V> V get(K key) {
        return (V) entries.getIfPresent(key);
    }

    @Override
    public void put(Object key, Object value) {
        entries.put(key, value);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return entries.asMap().putIfAbsent(key, value) == null;
    }

    @Override
    public boolean remove(Object key) {
        return entries.asMap().remove(key) != null;
    }

    @Override
    public void removeAll() {
        entries.invalidateAll();
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.asMap().containsKey(key);
    }

    /** Axon's repositories register no listeners; nothing here would call one. */
    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        throw new UnsupportedOperationException("the aggregate cache has no entry listeners");
    }
}
