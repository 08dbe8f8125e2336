package vn.thidua.ledger.query.asof;

import java.util.LinkedHashMap;
import java.util.Map;

/** A map that keeps the {@code capacity} keys used most recently: what the checkpointer holds in memory. */
final class LeastRecentlyUsed<K, V> extends LinkedHashMap<K, V> {

    private final int capacity;

    LeastRecentlyUsed(int capacity) {
        super(16, 0.75f, true);
        this.capacity = capacity;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
    }
}
