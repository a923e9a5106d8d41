package io.retort.orm.internal.session;

import java.util.IdentityHashMap;
import java.util.Map;

import io.retort.orm.IdentityKey;
import io.retort.orm.internal.IdTable;

import org.jspecify.annotations.Nullable;

/**
 * Object states by identity key, held as one table of primary-key values per class
 * ({@link IdTable}): a row whose object the session already holds is found without allocating a
 * key, and a {@code Long} key is compared unboxed.
 */
final class KeyIndex {

    private @Nullable Map<Class<?>, IdTable<InstanceState>> byType;
    /** The class asked for last and its table: rows come a class at a time. */
    private @Nullable Class<?> lastType;
    private @Nullable IdTable<InstanceState> lastIds;

    @Nullable InstanceState get(Class<?> type, Object id) {
        IdTable<InstanceState> ids = ids(type);
        return ids == null ? null : ids.get(id);
    }

    private @Nullable IdTable<InstanceState> ids(Class<?> type) {
        if (type == lastType) {
            return lastIds;
        }
        IdTable<InstanceState> ids = byType == null ? null : byType.get(type);
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
        IdTable<InstanceState> ids = ids(type);
        if (ids == null) {
            ids = IdTable.forKey(id);
            remember(type, ids);
        }
        IdTable<InstanceState> holding = ids.put(id, state);
        if (holding != ids) {
            remember(type, holding);
        }
    }

    private void remember(Class<?> type, IdTable<InstanceState> ids) {
        if (byType == null) {
            byType = new IdentityHashMap<>(4);
        }
        byType.put(type, ids);
        lastType = type;
        lastIds = ids;
    }

    void remove(IdentityKey key) {
        remove(key.type(), key.id());
    }

    void remove(Class<?> type, Object id) {
        IdTable<InstanceState> ids = ids(type);
        if (ids != null) {
            ids.remove(id);
        }
    }

    /** Removes {@code id} of {@code type} only if it is {@code state}'s entry (one probe, not a look-up and a removal). */
    void remove(Class<?> type, Object id, InstanceState state) {
        IdTable<InstanceState> ids = ids(type);
        if (ids != null) {
            ids.remove(id, state);
        }
    }

    void clear() {
        if (byType != null) {
            byType.clear();
        }
        lastType = null;
        lastIds = null;
    }
}
