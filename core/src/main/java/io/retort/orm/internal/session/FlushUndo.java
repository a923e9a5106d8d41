package io.retort.orm.internal.session;

import io.retort.orm.IdentityKey;
import java.util.ArrayList;
import java.util.List;

import io.retort.orm.ObjectState;
import io.retort.orm.internal.PropertyMapping;

import org.jspecify.annotations.Nullable;

/**
 * What a flush changed in memory (generated keys, versions, states, snapshots), so that a failed
 * flush can put every object back as it was before it.
 */
final class FlushUndo {

    private record Entry(InstanceState state, ObjectState previousState, @Nullable IdentityKey previousKey,
            @Nullable Object[] previousValues, boolean previousDeletedFlushed, @Nullable Object[] previousSnapshot) {
    }

    private final List<Entry> entries = new ArrayList<>();

    void beforeInsert(InstanceState state) {
        record(state);
    }

    void beforeUpdate(InstanceState state) {
        record(state);
    }

    void beforeDelete(InstanceState state) {
        record(state);
    }

    void record(InstanceState state) {
        List<PropertyMapping> properties = state.mapping().properties();
        Object[] values = new Object[properties.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = properties.get(i).get(state.entity());
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
                properties.get(p).set(state.entity(), entry.previousValues()[p]);
            }
            identityMap.restore(state, entry.previousState(), entry.previousKey());
            state.deletedFlushed(entry.previousDeletedFlushed());
            state.restoreSnapshot(entry.previousSnapshot());
        }
        entries.clear();
    }

    void forget() {
        entries.clear();
    }
}
