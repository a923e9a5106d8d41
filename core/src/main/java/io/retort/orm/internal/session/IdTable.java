package io.retort.orm.internal.session;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The object states of one class by primary-key value. Keys of type {@code Long}, by far the
 * most common, sit unboxed in an open-addressed table ({@link LongIds}): a lookup compares
 * primitives in one array instead of following a hash-map node to a boxed key, and a put
 * allocates nothing. Any other key type uses a {@link HashMap} ({@link AnyIds}).
 */
abstract sealed class IdTable permits IdTable.LongIds, IdTable.AnyIds {

    abstract @Nullable InstanceState get(Object id);

    /** Files {@code state} under {@code id}; gives the table that now holds it (this one, or a more general one). */
    abstract IdTable put(Object id, InstanceState state);

    abstract void remove(Object id);

    /** An empty table suited to keys like {@code id}. */
    static IdTable forKey(Object id) {
        return id instanceof Long ? new LongIds() : new AnyIds();
    }

    /** Linear probing over {@code long} keys, removal by backward shift (no tombstones). */
    static final class LongIds extends IdTable {

        // Small at first (a lookup files one object); grows fourfold while small, then twofold.
        private long[] keys = new long[8];
        private @Nullable InstanceState[] states = new InstanceState[8];
        private int size;

        @Override
        @Nullable InstanceState get(Object id) {
            if (!(id instanceof Long boxed)) {
                return null;
            }
            long key = boxed;
            int mask = keys.length - 1;
            for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
                InstanceState state = states[slot];
                if (state == null) {
                    return null;
                }
                if (keys[slot] == key) {
                    return state;
                }
            }
        }

        @Override
        IdTable put(Object id, InstanceState state) {
            if (!(id instanceof Long boxed)) {
                return toAny().put(id, state);
            }
            if (size >= keys.length >>> 1) {
                grow();
            }
            long key = boxed;
            int mask = keys.length - 1;
            for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
                if (states[slot] == null) {
                    keys[slot] = key;
                    states[slot] = state;
                    size++;
                    return this;
                }
                if (keys[slot] == key) {
                    states[slot] = state;
                    return this;
                }
            }
        }

        @Override
        void remove(Object id) {
            if (!(id instanceof Long boxed)) {
                return;
            }
            long key = boxed;
            int mask = keys.length - 1;
            int slot = slot(key, mask);
            while (states[slot] != null && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            if (states[slot] == null) {
                return;
            }
            // Backward shift: move later entries of the probe run into the gap they may now use.
            int gap = slot;
            for (int next = (gap + 1) & mask; states[next] != null; next = (next + 1) & mask) {
                int home = slot(keys[next], mask);
                if (((next - home) & mask) >= ((next - gap) & mask)) {
                    keys[gap] = keys[next];
                    states[gap] = states[next];
                    gap = next;
                }
            }
            states[gap] = null;
            size--;
        }

        private void grow() {
            long[] oldKeys = keys;
            InstanceState[] oldStates = states;
            int capacity = oldKeys.length < 4096 ? oldKeys.length * 4 : oldKeys.length * 2;
            keys = new long[capacity];
            states = new InstanceState[capacity];
            int mask = keys.length - 1;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldStates[i] != null) {
                    int slot = slot(oldKeys[i], mask);
                    while (states[slot] != null) {
                        slot = (slot + 1) & mask;
                    }
                    keys[slot] = oldKeys[i];
                    states[slot] = oldStates[i];
                }
            }
        }

        private AnyIds toAny() {
            AnyIds any = new AnyIds();
            for (int i = 0; i < keys.length; i++) {
                if (states[i] != null) {
                    any.put(keys[i], states[i]);
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
    static final class AnyIds extends IdTable {

        private final Map<Object, InstanceState> states = new HashMap<>(64);

        @Override
        @Nullable InstanceState get(Object id) {
            return states.get(id);
        }

        @Override
        IdTable put(Object id, InstanceState state) {
            states.put(id, state);
            return this;
        }

        @Override
        void remove(Object id) {
            states.remove(id);
        }
    }
}
