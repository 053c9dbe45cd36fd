package se.vinr.ledger.command;

import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AggregateCacheTest {

    private final AggregateCache cache = new AggregateCache(2);

    @Test
    void keepsEntriesStronglyUpToItsBoundAndEvictsTheLeastRecentlyUsed() {
        List<Object> expired = new ArrayList<>();
        cache.registerCacheEntryListener(new Cache.EntryListenerAdapter() {
            @Override
            public void onEntryExpired(Object key) {
                expired.add(key);
            }
        });
        cache.put("plan-a", "A");
        cache.put("plan-b", "B");
        System.gc();
        assertThat((String) cache.get("plan-a")).as("held strongly, and now the most recently used").isEqualTo("A");

        cache.put("plan-c", "C");

        assertThat(cache.containsKey("plan-b")).isFalse();
        assertThat(expired).containsExactly("plan-b");
        assertThat((String) cache.get("plan-a")).isEqualTo("A");
        assertThat((String) cache.get("plan-c")).isEqualTo("C");
    }

    @Test
    void putIfAbsentComputeIfPresentRemoveAndRemoveAll() {
        assertThat(cache.putIfAbsent("k", "1")).isTrue();
        assertThat(cache.putIfAbsent("k", "2")).isFalse();
        cache.<String>computeIfPresent("k", value -> value + "+");
        assertThat((String) cache.get("k")).isEqualTo("1+");
        assertThat(cache.remove("k")).isTrue();
        assertThat(cache.remove("k")).isFalse();
        cache.put("x", "X");
        cache.removeAll();
        assertThat(cache.containsKey("x")).isFalse();
    }
}
