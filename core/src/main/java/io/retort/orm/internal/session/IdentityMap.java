package io.retort.orm.internal.session;

import io.retort.orm.IdentityKey;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.retort.orm.ObjectState;
import io.retort.orm.internal.EntityMapping;

import org.jspecify.annotations.Nullable;

/**
 * The objects of one session: by identity key (one row, one object) and by object reference,
 * in the order they joined the session.
 */
public final class IdentityMap {

    private final Map<IdentityKey, InstanceState> byKey = new LinkedHashMap<>();
    private Map<Object, InstanceState> byObject = new IdentityHashMap<>();
    private final List<Map<Object, InstanceState>> retired = new ArrayList<>();
    private final Map<InstanceState, Boolean> order = new LinkedHashMap<>();

    /** The state of {@code entity}, or null when the session does not know it. */
    public @Nullable InstanceState state(Object entity) {
        return byObject.get(entity);
    }

    /** The object loaded under {@code key}, or null. */
    public @Nullable InstanceState find(IdentityKey key) {
        return byKey.get(key);
    }

    /** Tracks {@code entity} as new. */
    public InstanceState addPending(Object entity, EntityMapping mapping) {
        InstanceState state = new InstanceState(entity, mapping, ObjectState.PENDING);
        byObject.put(entity, state);
        order.put(state, Boolean.TRUE);
        return state;
    }

    /** Tracks {@code entity}, loaded from the database, under {@code key}. */
    public InstanceState addPersistent(Object entity, EntityMapping mapping, IdentityKey key) {
        InstanceState state = new InstanceState(entity, mapping, ObjectState.PERSISTENT);
        state.key(key);
        byObject.put(entity, state);
        byKey.put(key, state);
        order.put(state, Boolean.TRUE);
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
        byObject.put(state.entity(), state);
        order.put(state, Boolean.TRUE);
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
        byObject.remove(state.entity());
        order.remove(state);
        if (state.key() != null) {
            byKey.remove(state.key());
        }
    }

    /** Every tracked object state, in the order they joined. */
    public List<InstanceState> states() {
        return new ArrayList<>(order.keySet());
    }

    /** Persistent (and deleted) objects by key. */
    public Map<IdentityKey, Object> view() {
        Map<IdentityKey, Object> view = new LinkedHashMap<>();
        byKey.forEach((key, state) -> view.put(key, state.entity()));
        return view;
    }

    /**
     * Forgets everything at once; the objects that had a row are still known as such, for
     * {@link #hadRow(Object)}, without copying them anywhere.
     */
    public void clear() {
        retired.add(byObject);
        byObject = new IdentityHashMap<>();
        byKey.clear();
        order.clear();
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
