package io.retort.orm.internal.session;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import io.retort.orm.IdentityKey;

import org.jspecify.annotations.Nullable;

/**
 * Object states by identity key, held as one hash map of primary-key values per class: a row
 * whose object the session already holds is found without allocating a key.
 */
final class KeyIndex {

    private final Map<Class<?>, Map<Object, InstanceState>> byType = new IdentityHashMap<>();
    /** The class asked for last and its map: rows come a class at a time. */
    private @Nullable Class<?> lastType;
    private @Nullable Map<Object, InstanceState> lastIds;

    @Nullable InstanceState get(Class<?> type, Object id) {
        Map<Object, InstanceState> ids = ids(type, false);
        return ids == null ? null : ids.get(id);
    }

    private @Nullable Map<Object, InstanceState> ids(Class<?> type, boolean create) {
        if (type == lastType) {
            return lastIds;
        }
        Map<Object, InstanceState> ids = create ? byType.computeIfAbsent(type, key -> new HashMap<>(64)) : byType.get(type);
        if (ids != null) {
            lastType = type;
            lastIds = ids;
        }
        return ids;
    }

    @Nullable InstanceState get(IdentityKey key) {
        return get(key.type(), key.id());
    }

    void put(IdentityKey key, InstanceState state) {
        put(key.type(), key.id(), state);
    }

    void put(Class<?> type, Object id, InstanceState state) {
        ids(type, true).put(id, state);
    }

    void remove(IdentityKey key) {
        remove(key.type(), key.id());
    }

    void remove(Class<?> type, Object id) {
        Map<Object, InstanceState> ids = ids(type, false);
        if (ids != null) {
            ids.remove(id);
        }
    }

    void clear() {
        byType.clear();
        lastType = null;
        lastIds = null;
    }
}
