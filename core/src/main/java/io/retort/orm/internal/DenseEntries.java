package io.retort.orm.internal;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * The values of an open-addressed table whose slots hold only primitives: values are appended in
 * the order they are filed and the table's slots hold their positions (index + 1; 0 is a free
 * slot). With G1, storing a reference into an old array costs a card-marking write barrier for
 * each card it dirties: about 50 ns when values land at random slots of a large table, next to
 * nothing when each lands beside the previous one. A long session's tables soon are old.
 *
 * <pre>{@code
 * positions[slot] = entries.append(value, size, positions);   // renumbers positions when it compacts
 * V found = entries.at(positions[slot]);
 * }</pre>
 */
public final class DenseEntries<V> {

    private @Nullable Object[] entries;
    /** Entries used, live or removed; the next value goes at this index. */
    private int appended;

    public DenseEntries(int capacity) {
        entries = new Object[Math.max(4, capacity)];
    }

    /**
     * Appends {@code value} and gives its position. When the array is full and at least half of
     * it was removed, the {@code live} remaining values move to a new array first, in slot order,
     * and {@code positions} (the owning table's slots) is renumbered.
     */
    public int append(V value, int live, int[] positions) {
        if (appended == entries.length) {
            if (appended - live >= appended >>> 1) {
                compact(live, positions);
            } else {
                entries = Arrays.copyOf(entries, entries.length * 2);
            }
        }
        entries[appended] = value;
        return ++appended;
    }

    /** The value at {@code position} (from {@link #append}). */
    @SuppressWarnings("unchecked")
    public V at(int position) {
        return (V) entries[position - 1];
    }

    /** Replaces the value at {@code position}. */
    public void set(int position, V value) {
        entries[position - 1] = value;
    }

    /** Lets go of the value at {@code position}; its place is reclaimed by a later compaction. */
    public void remove(int position) {
        entries[position - 1] = null;
    }

    private void compact(int live, int[] positions) {
        Object[] kept = new Object[Math.max(4, live * 2)];
        int next = 0;
        for (int slot = 0; slot < positions.length; slot++) {
            int position = positions[slot];
            if (position != 0) {
                kept[next] = entries[position - 1];
                positions[slot] = ++next;
            }
        }
        entries = kept;
        appended = next;
    }
}
