package io.retort.orm.internal;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Values by primary-key value: the identity map's object states of one class, a loader's parents.
 * Keys of type {@code Long}, by far the most common, sit unboxed in an open-addressed table
 * ({@link LongIds}): a lookup compares primitives in one array instead of following a hash-map
 * node to a boxed key (often a trip to main memory, for a key loaded long before), and a put
 * allocates nothing. Any other key type (a composite key is a List) uses a {@link HashMap} ({@link AnyIds}).
 *
 * <pre>{@code
 * IdTable<Parent> parents = IdTable.forKey(firstKey);
 * parents = parents.put(firstKey, parent);     // keep the returned table: it may be a more general one
 * Parent found = parents.get(key);
 * }</pre>
 */
public abstract sealed class IdTable<V> permits IdTable.LongIds, IdTable.AnyIds {

    public abstract @Nullable V get(Object id);

    /** Files {@code value} under {@code id}; gives the table that now holds it (this one, or a more general one). */
    public abstract IdTable<V> put(Object id, V value);

    public abstract void remove(Object id);

    /** Removes {@code id} only if it holds {@code expected} (compared by identity); answers whether it did. */
    public abstract boolean remove(Object id, V expected);

    public abstract int size();

    /** An empty table suited to keys like {@code id}. */
    public static <V> IdTable<V> forKey(Object id) {
        return id instanceof Long ? new LongIds<>(8) : new AnyIds<>();
    }

    /** An empty table suited to keys like {@code id}, sized for {@code expected} of them. */
    public static <V> IdTable<V> forKey(Object id, int expected) {
        return id instanceof Long ? new LongIds<>(Integer.highestOneBit(Math.max(4, expected) * 2 - 1) * 2)
                : new AnyIds<>();
    }

    /**
     * Linear probing over {@code long} keys, removal by backward shift (no tombstones). The slots
     * hold only primitives (keys, and positions of the values in {@link DenseEntries}), so filing
     * a value stores one reference beside the last one filed rather than at a random slot.
     */
    static final class LongIds<V> extends IdTable<V> {

        // Small at first (a lookup files one object); grows fourfold while small, then twofold.
        private long[] keys;
        /** Per slot: 0 when free, else 1 + the value's index in {@link #entries}. */
        private int[] positions;
        private final DenseEntries<V> entries;
        private int size;

        /** {@code capacity}: a power of two. */
        LongIds(int capacity) {
            keys = new long[capacity];
            positions = new int[capacity];
            entries = new DenseEntries<>(capacity >>> 1);
        }

        @Override
        public @Nullable V get(Object id) {
            if (!(id instanceof Long boxed)) {
                return null;
            }
            long key = boxed;
            int mask = keys.length - 1;
            for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
                int position = positions[slot];
                if (position == 0) {
                    return null;
                }
                if (keys[slot] == key) {
                    return entries.at(position);
                }
            }
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public IdTable<V> put(Object id, V value) {
            if (!(id instanceof Long boxed)) {
                return toAny().put(id, value);
            }
            if (size >= keys.length >>> 1) {
                grow();
            }
            long key = boxed;
            int mask = keys.length - 1;
            for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
                int position = positions[slot];
                if (position == 0) {
                    keys[slot] = key;
                    positions[slot] = entries.append(value, size, positions);
                    size++;
                    return this;
                }
                if (keys[slot] == key) {
                    entries.set(position, value);
                    return this;
                }
            }
        }

        @Override
        public void remove(Object id) {
            int slot = slotOf(id);
            if (slot >= 0) {
                removeAt(slot);
            }
        }

        @Override
        public boolean remove(Object id, V expected) {
            int slot = slotOf(id);
            if (slot < 0 || entries.at(positions[slot]) != expected) {
                return false;
            }
            removeAt(slot);
            return true;
        }

        /** The slot holding {@code id}, or -1. */
        private int slotOf(Object id) {
            if (!(id instanceof Long boxed)) {
                return -1;
            }
            long key = boxed;
            int mask = keys.length - 1;
            int slot = slot(key, mask);
            while (positions[slot] != 0 && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            return positions[slot] == 0 ? -1 : slot;
        }

        private void removeAt(int slot) {
            entries.remove(positions[slot]);
            int mask = keys.length - 1;
            // Backward shift: move later entries of the probe run into the gap they may now use.
            int gap = slot;
            for (int next = (gap + 1) & mask; positions[next] != 0; next = (next + 1) & mask) {
                int home = slot(keys[next], mask);
                if (((next - home) & mask) >= ((next - gap) & mask)) {
                    keys[gap] = keys[next];
                    positions[gap] = positions[next];
                    gap = next;
                }
            }
            positions[gap] = 0;
            size--;
        }

        /** A larger hash part; the entries stay where they are (only primitives move). */
        private void grow() {
            long[] oldKeys = keys;
            int[] oldPositions = positions;
            int capacity = oldKeys.length < 4096 ? oldKeys.length * 4 : oldKeys.length * 2;
            keys = new long[capacity];
            positions = new int[capacity];
            int mask = capacity - 1;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldPositions[i] != 0) {
                    int slot = slot(oldKeys[i], mask);
                    while (positions[slot] != 0) {
                        slot = (slot + 1) & mask;
                    }
                    keys[slot] = oldKeys[i];
                    positions[slot] = oldPositions[i];
                }
            }
        }

        private AnyIds<V> toAny() {
            AnyIds<V> any = new AnyIds<>();
            for (int i = 0; i < keys.length; i++) {
                if (positions[i] != 0) {
                    any.put(keys[i], entries.at(positions[i]));
                }
            }
            return any;
        }

        /**
         * Eight consecutive keys share a run of eight slots (one cache line of keys), placed by
         * Fibonacci hashing of the rest of the key: rows read in key order touch a new line only
         * every eighth row, and strided or clustered keys still spread over the table.
         */
        private static int slot(long key, int mask) {
            long mixed = (key >>> 3) * 0x9E3779B97F4A7C15L;
            return (((int) (mixed ^ (mixed >>> 32)) << 3) | (int) (key & 7)) & mask;
        }
    }

    /** Keys of any type, in a hash map. */
    static final class AnyIds<V> extends IdTable<V> {

        private final Map<Object, V> values = new HashMap<>(64);

        @Override
        public @Nullable V get(Object id) {
            return values.get(id);
        }

        @Override
        public IdTable<V> put(Object id, V value) {
            values.put(id, value);
            return this;
        }

        @Override
        public void remove(Object id) {
            values.remove(id);
        }

        @Override
        public boolean remove(Object id, V expected) {
            if (values.get(id) != expected) {
                return false;
            }
            values.remove(id);
            return true;
        }

        @Override
        public int size() {
            return values.size();
        }
    }
}
