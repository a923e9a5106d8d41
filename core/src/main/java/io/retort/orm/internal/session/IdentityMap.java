package io.retort.orm.internal.session;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.retort.orm.IdentityKey;

import io.retort.orm.ObjectState;
import io.retort.orm.internal.EntityMapping;

import org.jspecify.annotations.Nullable;

/**
 * The objects of one session: by identity key (one row, one object) and by object reference,
 * in the order they joined the session. Loading puts every row's object here, so each insertion
 * costs two hash entries and one list slot; the join order is a list in which removed objects
 * are skipped, and compacted once they are the majority.
 */
public final class IdentityMap {

    private final KeyIndex byKey = new KeyIndex();
    private Map<Object, InstanceState> byObject = new IdentityHashMap<>();
    private final List<Map<Object, InstanceState>> retired = new ArrayList<>();
    private final ArrayList<InstanceState> order = new ArrayList<>();
    private int removed;

    /** The state of {@code entity}, or null when the session does not know it. */
    public @Nullable InstanceState state(Object entity) {
        return byObject.get(entity);
    }

    /** The object of class {@code type} loaded under primary key {@code id}, or null. */
    public @Nullable InstanceState find(Class<?> type, Object id) {
        return byKey.get(type, id);
    }

    /** The object loaded under {@code key}, or null. */
    public @Nullable InstanceState find(IdentityKey key) {
        return byKey.get(key);
    }

    /** Tracks {@code entity} as new. */
    public InstanceState addPending(Object entity, EntityMapping mapping) {
        InstanceState state = new InstanceState(entity, mapping, ObjectState.PENDING);
        join(state);
        return state;
    }

    /** Tracks {@code entity}, loaded from the database, under {@code key}. */
    public InstanceState addPersistent(Object entity, EntityMapping mapping, IdentityKey key) {
        InstanceState state = new InstanceState(entity, mapping, ObjectState.PERSISTENT);
        state.key(key);
        byKey.put(key, state);
        join(state);
        return state;
    }

    /** Marks a flushed pending object persistent under its new key. */
    public void persisted(InstanceState state, IdentityKey key) {
        state.key(key);
        state.state(ObjectState.PERSISTENT);
        state.insertedInTransaction(true);
        byKey.put(key, state);
    }

    /** Puts {@code state} back to {@code previous} under {@code key} (undoing a failed flush). */
    void restore(InstanceState state, ObjectState previous, @Nullable IdentityKey key) {
        if (state.key() != null && !state.key().equals(key)) {
            byKey.remove(state.key());
        }
        state.key(key);
        state.state(previous);
        if (previous == ObjectState.PENDING) {
            state.insertedInTransaction(false);
        }
        if (key != null) {
            byKey.put(key, state);
        }
    }

    /** Files a persistent object under its new key after its primary key was updated. */
    public void rekey(InstanceState state, IdentityKey key) {
        if (state.key() != null) {
            byKey.remove(state.key());
        }
        state.key(key);
        byKey.put(key, state);
    }

    /** Tracks {@code state} again, as it was (undoing a nested transaction that removed it). */
    void reinstate(InstanceState state) {
        if (byObject.get(state.entity()) != state) {
            join(state);
        }
        if (state.key() != null) {
            byKey.put(state.key(), state);
        }
    }

    /** Changes the state of a tracked object. */
    public void mark(InstanceState state, ObjectState next) {
        state.state(next);
    }

    /** Forgets {@code state}'s object; it becomes detached (or transient if it never had a row). */
    public void remove(InstanceState state) {
        if (byObject.get(state.entity()) == state) {
            byObject.remove(state.entity());
        }
        if (state.joinIndex >= 0) {
            removed++;
            state.joinIndex = -1;
        }
        if (state.key() != null && byKey.get(state.key()) == state) {
            byKey.remove(state.key());
        }
    }

    /** Every tracked object state, in the order they joined (a copy: callers may change the session meanwhile). */
    public List<InstanceState> states() {
        compactIfMostlyRemoved();
        List<InstanceState> states = new ArrayList<>(order.size() - removed);
        for (int i = 0; i < order.size(); i++) {
            InstanceState state = order.get(i);
            if (current(state, i)) {
                states.add(state);
            }
        }
        return states;
    }

    /** Persistent (and deleted) objects by key, in the order they joined. */
    public Map<IdentityKey, Object> view() {
        Map<IdentityKey, Object> view = new LinkedHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            InstanceState state = order.get(i);
            if (current(state, i) && state.key() != null && byKey.get(state.key()) == state) {
                view.put(state.key(), state.entity());
            }
        }
        return view;
    }

    private void join(InstanceState state) {
        byObject.put(state.entity(), state);
        state.joinIndex = order.size();
        order.add(state);
    }

    /** Whether slot {@code index} of the join order is {@code state}'s current place in the session. */
    private static boolean current(InstanceState state, int index) {
        return state.joinIndex == index;
    }

    /** Drops removed states from the join order once they outnumber the tracked ones. */
    private void compactIfMostlyRemoved() {
        if (removed > 16 && removed > order.size() / 2) {
            ArrayList<InstanceState> kept = new ArrayList<>(order.size() - removed);
            for (int i = 0; i < order.size(); i++) {
                InstanceState state = order.get(i);
                if (current(state, i)) {
                    state.joinIndex = kept.size();
                    kept.add(state);
                }
            }
            order.clear();
            order.addAll(kept);
            order.trimToSize();
            removed = 0;
        }
    }

    /**
     * Forgets everything at once; the objects that had a row are still known as such, for
     * {@link #hadRow(Object)}, without copying them anywhere.
     */
    public void clear() {
        retired.add(byObject);
        for (InstanceState state : order) {
            state.joinIndex = -1;
        }
        byObject = new IdentityHashMap<>();
        byKey.clear();
        order.clear();
        removed = 0;
    }

    /** Whether {@code entity} had a row when a {@link #clear()} made it leave the session. */
    public boolean hadRow(Object entity) {
        for (int i = retired.size() - 1; i >= 0; i--) {
            InstanceState state = retired.get(i).get(entity);
            if (state != null) {
                return state.key() != null;
            }
        }
        return false;
    }

    public int size() {
        return byObject.size();
    }
}
