package io.retort.orm.internal;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Values by primary-key value: the identity map's object states of one class, a loader's parents.
 * Keys of type {@code Long}, by far the most common, are never boxed in the table: keys that lie
 * close together (generated ones) index an array directly ({@link DenseIds}), others sit in an
 * open-addressed table ({@link LongIds}) where a lookup compares primitives instead of following
 * a hash-map node to a boxed key (often a trip to main memory, for a key loaded long before); a
 * put allocates nothing. Any other key type (a composite key is a List) uses a {@link HashMap}
 * ({@link AnyIds}). Values are kept in filing order ({@link DenseEntries}).
 *
 * <pre>{@code
 * IdTable<Parent> parents = IdTable.forKey(firstKey);
 * parents = parents.put(firstKey, parent);     // keep the returned table: it may be a more general one
 * Parent found = parents.get(key);
 * }</pre>
 */
public abstract sealed class IdTable<V> permits IdTable.DenseIds, IdTable.LongIds, IdTable.AnyIds {

    public abstract @Nullable V get(Object id);

    /** Files {@code value} under {@code id}; gives the table that now holds it (this one, or a more general one). */
    public abstract IdTable<V> put(Object id, V value);

    public abstract void remove(Object id);

    /** Removes {@code id} only if it holds {@code expected} (compared by identity); answers whether it did. */
    public abstract boolean remove(Object id, V expected);

    public abstract int size();

    /** An empty table suited to keys like {@code id}. */
    public static <V> IdTable<V> forKey(Object id) {
        return id instanceof Long first ? forLong(first, 8) : new AnyIds<>();
    }

    /** An empty table suited to keys like {@code id}, sized for {@code expected} of them. */
    public static <V> IdTable<V> forKey(Object id, int expected) {
        return id instanceof Long first ? forLong(first, Math.max(8, expected)) : new AnyIds<>();
    }

    private static <V> IdTable<V> forLong(long first, int capacity) {
        return DenseIds.fits(first) ? new DenseIds<>(first, capacity)
                : new LongIds<>(Integer.highestOneBit(capacity * 2 - 1) * 2);
    }

    /**
     * {@code Long} keys that lie close together (generated keys, read in any order), each at its
     * own index: a look-up is one array read, and keys read in order touch memory in order. Holds
     * up to four slots per key; when keys spread wider, the table moves to {@link LongIds}.
     */
    static final class DenseIds<V> extends IdTable<V> {

        /** The most slots per live key (and at least this many in all) before the keys count as spread out. */
        private static final int SPREAD = 4;
        private static final int MIN_SPAN = 1024;
        private static final int MAX_SLOTS = 1 << 28;
        /**
         * How far from the ends of {@code long} a dense table's slots stay: then {@code key - base}
         * can only wrap around to an offset far outside the table, never into it.
         */
        private static final long GUARD = 1L << 30;

        /** The key of slot 0. */
        private long base;
        /** Per key - {@link #base}: 0 when absent, else the value's position in {@link #entries}. */
        private int[] positions;
        private final DenseEntries<V> entries;
        private int size;
        /** How many keys the table was made for: their first ones may arrive spread out (a query in another order). */
        private final int expected;

        DenseIds(long first, int capacity) {
            this.base = first;
            this.positions = new int[capacity];
            this.entries = new DenseEntries<>(capacity);
            this.expected = capacity;
        }

        /** Whether a dense table may hold {@code key}. */
        static boolean fits(long key) {
            return key > Long.MIN_VALUE + GUARD && key < Long.MAX_VALUE - GUARD;
        }

        @Override
        public @Nullable V get(Object id) {
            if (!(id instanceof Long boxed)) {
                return null;
            }
            long offset = boxed - base;
            if (offset < 0 || offset >= positions.length) {
                return null;
            }
            int position = positions[(int) offset];
            return position == 0 ? null : entries.at(position);
        }

        @Override
        public IdTable<V> put(Object id, V value) {
            if (!(id instanceof Long boxed)) {
                return toAny().put(id, value);
            }
            long key = boxed;
            if (key - base < 0 || key - base >= positions.length) {
                if (!widen(key)) {
                    return toHashed().put(id, value);
                }
            }
            int offset = (int) (key - base);
            int position = positions[offset];
            if (position != 0) {
                entries.set(position, value);
            } else {
                positions[offset] = entries.append(value, size, positions);
                size++;
            }
            return this;
        }

        /**
         * Makes room for {@code key}, with as much again beyond it on its side (keys filed in
         * either order cost amortised constant time); false when the keys are too spread out.
         */
        private boolean widen(long key) {
            int low = 0;
            int high = positions.length - 1;
            while (low <= high && positions[low] == 0) {
                low++;
            }
            while (high >= low && positions[high] == 0) {
                high--;
            }
            long min = low > high ? key : Math.min(key, base + low);
            long max = low > high ? key : Math.max(key, base + high);
            long span = max - min + 1;
            if (span <= 0 || span > Math.max(MIN_SPAN, (long) SPREAD * Math.max(size + 1, expected))
                    || span > MAX_SLOTS / 2) {
                return false;
            }
            int capacity = (int) Math.max(positions.length, span * 2);
            long newBase = key < min + span / 2 ? max - capacity + 1 : min;  // the room goes where keys are arriving
            if (!fits(newBase) || !fits(newBase + capacity)) {
                return false;
            }
            int[] moved = new int[capacity];
            if (low <= high) {
                System.arraycopy(positions, low, moved, (int) (base + low - newBase), high - low + 1);
            }
            positions = moved;
            base = newBase;
            return true;
        }

        @Override
        public void remove(Object id) {
            int offset = offsetOf(id);
            if (offset >= 0) {
                removeAt(offset);
            }
        }

        @Override
        public boolean remove(Object id, V expected) {
            int offset = offsetOf(id);
            if (offset < 0 || entries.at(positions[offset]) != expected) {
                return false;
            }
            removeAt(offset);
            return true;
        }

        private void removeAt(int offset) {
            entries.remove(positions[offset]);
            positions[offset] = 0;
            size--;
        }

        /** The slot of {@code id} when it is filed, or -1. */
        private int offsetOf(Object id) {
            if (!(id instanceof Long boxed)) {
                return -1;
            }
            long offset = boxed - base;
            return offset < 0 || offset >= positions.length || positions[(int) offset] == 0 ? -1 : (int) offset;
        }

        @Override
        public int size() {
            return size;
        }

        private IdTable<V> toHashed() {
            IdTable<V> hashed = new LongIds<>(Integer.highestOneBit(Math.max(4, size) * 2 - 1) * 4);
            for (int i = 0; i < positions.length; i++) {
                if (positions[i] != 0) {
                    hashed = hashed.put(base + i, entries.at(positions[i]));
                }
            }
            return hashed;
        }

        private AnyIds<V> toAny() {
            AnyIds<V> any = new AnyIds<>();
            for (int i = 0; i < positions.length; i++) {
                if (positions[i] != 0) {
                    any.put(base + i, entries.at(positions[i]));
                }
            }
            return any;
        }
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
        /** The smallest and largest key ever filed: when they come close enough, a growing table turns dense. */
        private long min = Long.MAX_VALUE;
        private long max = Long.MIN_VALUE;

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
                IdTable<V> dense = toDense();
                if (dense != null) {
                    return dense.put(id, value);
                }
                grow();
            }
            long key = boxed;
            min = Math.min(min, key);
            max = Math.max(max, key);
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

        /**
         * The same entries in a {@link DenseIds}, when the keys filed so far turned out close
         * together (say, a query's rows in another order than their keys); else null.
         */
        private @Nullable IdTable<V> toDense() {
            long span = max - min + 1;
            if (span <= 0 || span > (long) DenseIds.SPREAD * size || span > DenseIds.MAX_SLOTS / 2
                    || !DenseIds.fits(min) || !DenseIds.fits(max)) {
                return null;
            }
            IdTable<V> dense = new DenseIds<>(min, (int) span * 2);
            for (int i = 0; i < keys.length; i++) {
                if (positions[i] != 0) {
                    dense = dense.put(keys[i], entries.at(positions[i]));
                }
            }
            return dense;
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
