package vn.toancanh.analytics.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Maps read one after another as one unmodifiable map, without copying: a key of a later map that an earlier one
 * already has is left out, so the first one's entry counts. For a grid's metadata, whose dx part is kept between
 * queries.
 */
final class JoinedMap<K, V> extends AbstractMap<K, V> {

    private final List<Map<K, V>> parts;

    /** Counted when first asked: a grid written as JSON never asks. */
    private int size = -1;

    private JoinedMap(List<Map<K, V>> parts) {
        this.parts = parts;
    }

    /** The maps in order; a key counts where it first appears. */
    @SafeVarargs
    static <K, V> Map<K, V> of(Map<K, V>... maps) {
        return new JoinedMap<>(List.of(maps));
    }

    private boolean earlierHas(int part, Object key) {
        for (int i = 0; i < part; i++) {
            if (parts.get(i).containsKey(key)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public V get(Object key) {
        for (Map<K, V> part : parts) {
            V v = part.get(key);
            if (v != null || part.containsKey(key)) {
                return v;
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        for (Map<K, V> part : parts) {
            if (part.containsKey(key)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int size() {
        if (size < 0) {
            int n = 0;
            for (int i = 0; i < parts.size(); i++) {
                for (K key : parts.get(i).keySet()) {
                    if (!earlierHas(i, key)) {
                        n++;
                    }
                }
            }
            size = n;
        }
        return size;
    }

    @Override
    public boolean isEmpty() {
        for (Map<K, V> part : parts) {
            if (!part.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return JoinedMap.this.size();
            }

            @Override
            public Iterator<Entry<K, V>> iterator() {
                return new Iterator<>() {
                    private int part = -1;
                    private Iterator<Entry<K, V>> current =
                            List.<Entry<K, V>>of().iterator();
                    private Entry<K, V> next = advance();

                    private Entry<K, V> advance() {
                        while (true) {
                            while (current.hasNext()) {
                                Entry<K, V> e = current.next();
                                if (!earlierHas(part, e.getKey())) {
                                    return e;
                                }
                            }
                            if (++part >= parts.size()) {
                                return null;
                            }
                            current = parts.get(part).entrySet().iterator();
                        }
                    }

                    @Override
                    public boolean hasNext() {
                        return next != null;
                    }

                    @Override
                    public Entry<K, V> next() {
                        if (next == null) {
                            throw new NoSuchElementException();
                        }
                        Entry<K, V> e = next;
                        next = advance();
                        return e;
                    }
                };
            }
        };
    }
}
