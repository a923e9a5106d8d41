package io.retort.orm.internal.session;

import org.jspecify.annotations.Nullable;

/**
 * Object states by object identity, without holding the objects: an open hash table keyed by
 * {@link System#identityHashCode}, chained through the states themselves, so an object the
 * session holds only weakly can still be collected, and no entry or boxed hash is allocated.
 */
final class WeakIdentityIndex {

    private InstanceState[] table = new InstanceState[64];
    private int size;

    @Nullable InstanceState get(Object entity) {
        int hash = System.identityHashCode(entity);
        for (InstanceState state = table[hash & (table.length - 1)]; state != null; state = state.nextInBucket) {
            if (state.identityHash == hash && state.referent() == entity) {
                return state;
            }
        }
        return null;
    }

    /** Files {@code state} under its object; the caller has checked the object is not filed yet. */
    void put(InstanceState state) {
        if (size >= table.length - (table.length >>> 2)) {
            resize();
        }
        int slot = state.identityHash & (table.length - 1);
        state.nextInBucket = table[slot];
        table[slot] = state;
        size++;
    }

    /** Removes {@code state} (found by identity, so it works after its object was collected too). */
    boolean remove(InstanceState state) {
        int slot = state.identityHash & (table.length - 1);
        InstanceState previous = null;
        for (InstanceState current = table[slot]; current != null; current = current.nextInBucket) {
            if (current == state) {
                if (previous == null) {
                    table[slot] = current.nextInBucket;
                } else {
                    previous.nextInBucket = current.nextInBucket;
                }
                current.nextInBucket = null;
                size--;
                return true;
            }
            previous = current;
        }
        return false;
    }

    int size() {
        return size;
    }

    private void resize() {
        InstanceState[] old = table;
        // Grow fast while small: a session loading a thousand rows then resizes three times, not five.
        table = new InstanceState[old.length < 4096 ? old.length * 4 : old.length * 2];
        for (InstanceState head : old) {
            InstanceState state = head;
            while (state != null) {
                InstanceState next = state.nextInBucket;
                int slot = state.identityHash & (table.length - 1);
                state.nextInBucket = table[slot];
                table[slot] = state;
                state = next;
            }
        }
    }
}
