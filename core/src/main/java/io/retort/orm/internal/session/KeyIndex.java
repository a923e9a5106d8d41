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

    @Nullable InstanceState get(Class<?> type, Object id) {
        Map<Object, InstanceState> ids = byType.get(type);
        return ids == null ? null : ids.get(id);
    }

    @Nullable InstanceState get(IdentityKey key) {
        return get(key.type(), key.id());
    }

    void put(IdentityKey key, InstanceState state) {
        byType.computeIfAbsent(key.type(), type -> new HashMap<>()).put(key.id(), state);
    }

    void remove(IdentityKey key) {
        Map<Object, InstanceState> ids = byType.get(key.type());
        if (ids != null) {
            ids.remove(key.id());
        }
    }

    void clear() {
        byType.clear();
    }
}
