package io.retort.orm.internal.session;

import org.jspecify.annotations.Nullable;

/**
 * Object states by object identity, without holding the objects: an open-addressed table keyed
 * by {@link System#identityHashCode}, with the hashes in an array of their own. So an object the
 * session holds only weakly can still be collected, no entry or boxed hash is allocated, and
 * probing or growing the table reads the hash array rather than each state.
 */
final class WeakIdentityIndex {

    private static final int[] NO_HASHES = new int[0];
    private static final InstanceState[] NO_STATES = new InstanceState[0];

    // Allocated at the first put: a session that reads nothing (or only counts) costs no table.
    private int[] hashes = NO_HASHES;
    private @Nullable InstanceState[] states = NO_STATES;
    private int size;

    @Nullable InstanceState get(Object entity) {
        if (size == 0) {
            return null;
        }
        int hash = System.identityHashCode(entity);
        int mask = states.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            InstanceState state = states[slot];
            if (state == null) {
                return null;
            }
            if (hashes[slot] == hash && state.referent() == entity) {
                return state;
            }
        }
    }

    /** Files {@code state} under its object, unless that was collected; the caller has checked it is not filed yet. */
    void put(InstanceState state) {
        Object entity = state.referent();
        if (entity == null) {
            return;
        }
        if (states.length == 0) {
            grow(8);
        } else if (size >= states.length >>> 1) {
            // Grow fast while small: a session loading a thousand rows then grows three times, not five.
            grow(states.length < 4096 ? states.length * 4 : states.length * 2);
        }
        insert(state.identityHash(entity), state);
        size++;
    }

    /** Removes {@code state} (found by identity, so it works after its object was collected too). */
    boolean remove(InstanceState state) {
        if (size == 0 || !state.hashed()) {
            return false;
        }
        int mask = states.length - 1;
        int slot = state.filedHash() & mask;
        while (states[slot] != null && states[slot] != state) {
            slot = (slot + 1) & mask;
        }
        if (states[slot] == null) {
            return false;
        }
        // Backward shift: move later entries of the probe run into the gap they may now use.
        int gap = slot;
        for (int next = (gap + 1) & mask; states[next] != null; next = (next + 1) & mask) {
            int home = hashes[next] & mask;
            if (((next - home) & mask) >= ((next - gap) & mask)) {
                hashes[gap] = hashes[next];
                states[gap] = states[next];
                gap = next;
            }
        }
        states[gap] = null;
        size--;
        return true;
    }

    int size() {
        return size;
    }

    private void insert(int hash, InstanceState state) {
        int mask = states.length - 1;
        int slot = hash & mask;
        while (states[slot] != null) {
            slot = (slot + 1) & mask;
        }
        hashes[slot] = hash;
        states[slot] = state;
    }

    private void grow(int capacity) {
        int[] oldHashes = hashes;
        InstanceState[] oldStates = states;
        hashes = new int[capacity];
        states = new InstanceState[capacity];
        for (int i = 0; i < oldStates.length; i++) {
            if (oldStates[i] != null) {
                insert(oldHashes[i], oldStates[i]);
            }
        }
    }
}
