package io.retort.orm.internal.session;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.r2dbc.spi.Connection;
import io.retort.orm.ObjectState;
import io.retort.orm.internal.EntityMapping;
import io.retort.sql.Expr;
import io.retort.sql.Sql;
import io.retort.sql.Update;
import io.retort.sql.internal.ColumnRef;

import org.jspecify.annotations.Nullable;

import reactor.core.publisher.Mono;

/**
 * Writes the join columns no field maps when a loaded reference changes ({@code address.owner =
 * other}), and fixes rows inserted before the object they refer to (a self-referential pair added
 * in one flush: SQLAlchemy's post-update). A reference that was never loaded is never written.
 */
final class ForeignKeyFlush {

    private final SessionCore core;
    private final Map<InstanceState, Integer> insertRank = new IdentityHashMap<>();

    ForeignKeyFlush(SessionCore core) {
        this.core = core;
    }

    /** Notes the order the flush will insert its pending objects in. */
    void prepare(List<EntityMapping> order) {
        Map<EntityMapping, List<InstanceState>> pending = new java.util.HashMap<>();
        for (InstanceState state : core.identityMap().states()) {
            if (state.state() == ObjectState.PENDING) {
                pending.computeIfAbsent(state.mapping(), key -> new ArrayList<>()).add(state);
            }
        }
        int index = 0;
        for (EntityMapping mapping : order) {
            for (InstanceState state : pending.getOrDefault(mapping, List.of())) {
                insertRank.put(state, index++);
            }
        }
    }

    /** Whether an already persistent object has a changed hidden join column. */
    boolean pending() {
        for (InstanceState state : core.identityMap().states()) {
            if (state.state() == ObjectState.PERSISTENT && !changes(state).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    Mono<Void> write(Connection connection) {
        return Mono.defer(() -> {
            List<Update> updates = new ArrayList<>();
            for (InstanceState state : core.identityMap().states()) {
                if (state.state() == ObjectState.PERSISTENT) {
                    Map<ColumnRef<?>, @Nullable Object> changes = changes(state);
                    if (!changes.isEmpty()) {
                        updates.add(update(state, changes));
                    }
                }
            }
            return FlushStatements.run(core, connection, updates).then();
        });
    }

    /** Records the hidden join columns as written. */
    void flushed() {
        for (InstanceState state : core.identityMap().states()) {
            if (state.state() == ObjectState.PERSISTENT) {
                state.hiddenKeys(current(state));
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Update update(InstanceState state, Map<ColumnRef<?>, @Nullable Object> changes) {
        Update update = Sql.update(state.mapping().tableRef());
        for (Map.Entry<ColumnRef<?>, @Nullable Object> change : changes.entrySet()) {
            update = update.set((Expr) change.getKey(), change.getValue());
        }
        return update.where(FlushStatements.keyOf(state));
    }

    /** The hidden join columns of {@code state} whose value changed, with their new values; allocated only when one did. */
    private Map<ColumnRef<?>, @Nullable Object> changes(InstanceState state) {
        List<ColumnRef<?>> hidden = core.bindings().of(state.mapping().type()).hiddenColumns();
        if (hidden.isEmpty()) {
            return Map.of();
        }
        Map<ColumnRef<?>, @Nullable Object> changes = Map.of();
        @Nullable Object[] now = current(state);
        @Nullable Object[] before = state.hiddenKeys();
        Integer rank = insertRank.isEmpty() ? null : insertRank.get(state);
        for (int j = 0; j < hidden.size(); j++) {
            Object written = rank != null ? writtenAtInsert(state, hidden.get(j), rank) : before == null ? null : before[j];
            if (!Objects.equals(now[j], written)) {
                if (changes.isEmpty()) {
                    changes = new java.util.LinkedHashMap<>();
                }
                changes.put(hidden.get(j), now[j]);
            }
        }
        return changes;
    }

    /** What the INSERT wrote: the related key, or null when the related row came later. */
    private @Nullable Object writtenAtInsert(InstanceState state, ColumnRef<?> column, int rank) {
        ForeignKeyValues.JoinColumn join = joinOf(state.mapping(), column);
        Object related = join.relationship().access().get(state.entity());
        InstanceState relatedState = related == null ? null : core.identityMap().state(related);
        Integer relatedRank = relatedState == null ? null : insertRank.get(relatedState);
        if (related == null || relatedRank != null && relatedRank > rank) {
            return null;
        }
        return join.targetKey().get(related);
    }

    private @Nullable Object[] current(InstanceState state) {
        List<ColumnRef<?>> hidden = core.bindings().of(state.mapping().type()).hiddenColumns();
        @Nullable Object[] before = state.hiddenKeys();
        @Nullable Object[] values = new Object[hidden.size()];
        for (int j = 0; j < values.length; j++) {
            ForeignKeyValues.JoinColumn join = joinOf(state.mapping(), hidden.get(j));
            Object related = join.relationship().access().get(state.entity());
            if (related == null && state.referenceUnloaded(join.relationship().field())) {
                values[j] = before == null ? null : before[j];
            } else {
                values[j] = related == null || related instanceof ForeignKeyValues.NotLoadedMarker ? null
                        : join.targetKey().get(related);
            }
        }
        return values;
    }

    private ForeignKeyValues.JoinColumn joinOf(EntityMapping mapping, ColumnRef<?> column) {
        for (ForeignKeyValues.JoinColumn join : ForeignKeyValues.of(core.model(), mapping)) {
            if (join.property() == null && join.column().name().equals(column.name())) {
                return join;
            }
        }
        throw new IllegalStateException("No relationship writes " + mapping.table() + "." + column.name());
    }
}
