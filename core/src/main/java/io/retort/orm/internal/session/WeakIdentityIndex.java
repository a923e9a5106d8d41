package io.retort.orm.internal.session;

import io.retort.orm.internal.DenseEntries;

import org.jspecify.annotations.Nullable;

/**
 * Object states by object identity, without holding the objects: an open-addressed table keyed
 * by {@link System#identityHashCode}, with the hashes in an array of their own. So an object the
 * session holds only weakly can still be collected, no entry or boxed hash is allocated, and
 * probing or growing the table reads the hash array rather than each state. The states sit in
 * filing order in {@link DenseEntries} (see there why), the slots hold their positions.
 */
final class WeakIdentityIndex {

    private static final int[] NONE = new int[0];

    // Allocated at the first put: a session that reads nothing (or only counts) costs no table.
    private int[] hashes = NONE;
    /** Per slot: 0 when free, else the state's position in {@link #states}. */
    private int[] positions = NONE;
    private @Nullable DenseEntries<InstanceState> states;
    private int size;

    @Nullable InstanceState get(Object entity) {
        if (size == 0) {
            return null;
        }
        int hash = System.identityHashCode(entity);
        int mask = positions.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int position = positions[slot];
            if (position == 0) {
                return null;
            }
            if (hashes[slot] == hash) {
                InstanceState state = states.at(position);
                if (state.referent() == entity) {
                    return state;
                }
            }
        }
    }

    /** Files {@code state} under its object, unless that was collected; the caller has checked it is not filed yet. */
    void put(InstanceState state) {
        Object entity = state.referent();
        if (entity == null) {
            return;
        }
        if (positions.length == 0) {
            grow(8);
            states = new DenseEntries<>(4);
        } else if (size >= positions.length >>> 1) {
            // Grow fast while small: a session loading a thousand rows then grows three times, not five.
            grow(positions.length < 4096 ? positions.length * 4 : positions.length * 2);
        }
        int slot = freeSlot(state.identityHash(entity));
        hashes[slot] = state.filedHash();
        positions[slot] = states.append(state, size, positions);
        size++;
    }

    /** Removes {@code state} (found by identity, so it works after its object was collected too). */
    boolean remove(InstanceState state) {
        if (size == 0 || !state.hashed()) {
            return false;
        }
        int hash = state.filedHash();
        int mask = positions.length - 1;
        int slot = hash & mask;
        while (positions[slot] != 0 && (hashes[slot] != hash || states.at(positions[slot]) != state)) {
            slot = (slot + 1) & mask;
        }
        if (positions[slot] == 0) {
            return false;
        }
        states.remove(positions[slot]);
        // Backward shift: move later entries of the probe run into the gap they may now use.
        int gap = slot;
        for (int next = (gap + 1) & mask; positions[next] != 0; next = (next + 1) & mask) {
            int home = hashes[next] & mask;
            if (((next - home) & mask) >= ((next - gap) & mask)) {
                hashes[gap] = hashes[next];
                positions[gap] = positions[next];
                gap = next;
            }
        }
        positions[gap] = 0;
        size--;
        return true;
    }

    int size() {
        return size;
    }

    private int freeSlot(int hash) {
        int mask = positions.length - 1;
        int slot = hash & mask;
        while (positions[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** A larger table of hashes and positions; the states stay where they are. */
    private void grow(int capacity) {
        int[] oldHashes = hashes;
        int[] oldPositions = positions;
        hashes = new int[capacity];
        positions = new int[capacity];
        for (int i = 0; i < oldPositions.length; i++) {
            if (oldPositions[i] != 0) {
                int slot = freeSlot(oldHashes[i]);
                hashes[slot] = oldHashes[i];
                positions[slot] = oldPositions[i];
            }
        }
    }
}
