package io.retort.orm.internal.session;

import io.retort.orm.IdentityKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.retort.orm.ObjectState;
import io.retort.orm.internal.EntityMapping;
import io.retort.orm.internal.JoinColumns;
import io.retort.orm.internal.PropertyMapping;
import io.retort.orm.internal.RelationshipMapping;

import org.jspecify.annotations.Nullable;

/**
 * What a flush changed in memory (generated keys, versions, states, snapshots), so that a failed
 * flush can put every object back as it was before it.
 */
final class FlushUndo {

    private record Entry(InstanceState state, ObjectState previousState, @Nullable IdentityKey previousKey,
            @Nullable Object[] previousValues, boolean previousDeletedFlushed, @Nullable Object[] previousSnapshot) {
    }

    /** Stands for a value the flush does not write, so there is nothing to put back. */
    private static final Object UNTOUCHED = new Object();

    private final List<Entry> entries = new ArrayList<>();
    /** Per class, which properties a flush writes into the object (resolved once per flush). */
    private final Map<EntityMapping, boolean[]> flushWritten = new HashMap<>();

    void beforeInsert(InstanceState state) {
        recordFlushWritten(state);
    }

    void beforeUpdate(InstanceState state) {
        recordFlushWritten(state);
    }

    void beforeDelete(InstanceState state) {
        recordFlushWritten(state);
    }

    /** Keeps every field of the object, as a nested transaction must. */
    void record(InstanceState state) {
        record(state, true);
    }

    /** Keeps what a flush may write into the object: its key, its version and its join-column fields. */
    void recordFlushWritten(InstanceState state) {
        record(state, false);
    }

    private void record(InstanceState state, boolean everyField) {
        List<PropertyMapping> properties = state.mapping().properties();
        boolean[] written = everyField ? null : flushWritten.computeIfAbsent(state.mapping(), FlushUndo::writtenByFlush);
        Object entity = state.entity();
        Object[] values = new Object[properties.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = written == null || written[i] ? properties.get(i).get(entity) : UNTOUCHED;
        }
        entries.add(new Entry(state, state.state(), state.key(), values, state.deletedFlushed(), state.snapshotCopy()));
    }

    /** Puts every recorded object back, newest change first. */
    void restore(IdentityMap identityMap) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry entry = entries.get(i);
            InstanceState state = entry.state();
            List<PropertyMapping> properties = state.mapping().properties();
            for (int p = 0; p < properties.size(); p++) {
                if (entry.previousValues()[p] != UNTOUCHED) {
                    properties.get(p).set(state.entity(), entry.previousValues()[p]);
                }
            }
            identityMap.restore(state, entry.previousState(), entry.previousKey());
            state.deletedFlushed(entry.previousDeletedFlushed());
            state.restoreSnapshot(entry.previousSnapshot());
        }
        entries.clear();
    }

    private static boolean[] writtenByFlush(EntityMapping mapping) {
        List<PropertyMapping> properties = mapping.properties();
        boolean[] written = new boolean[properties.size()];
        for (int i = 0; i < written.length; i++) {
            written[i] = writtenByFlush(mapping, properties.get(i));
        }
        return written;
    }

    private static boolean writtenByFlush(EntityMapping mapping, PropertyMapping property) {
        if (property.settings().id() || property.settings().version()) {
            return true;
        }
        for (RelationshipMapping relationship : mapping.relationships()) {
            if (relationship.ownsForeignKey() && JoinColumns.split(relationship.joinColumn()).contains(property.column())) {
                return true;
            }
        }
        return false;
    }

    void forget() {
        entries.clear();
    }
}
