package io.retort.orm.internal.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.r2dbc.spi.Connection;
import io.retort.orm.ObjectState;
import io.retort.orm.internal.EntityMapping;
import io.retort.sql.Executable;
import io.retort.sql.Expr;
import io.retort.sql.Sql;

import reactor.core.publisher.Mono;

/**
 * Before deleting rows that refer to each other (a self-reference, or a cycle across tables),
 * sets the referring foreign keys to NULL, as SQLAlchemy's {@code post_update} does on delete: a
 * row is unlinked when the row it refers to is deleted in the same flush by an earlier or the
 * same DELETE. MySQL checks a foreign key row by row, so even one DELETE of both rows of a pair
 * fails without this. One UPDATE per table and column, keyed by an IN list.
 */
final class DeleteUnlinks {

    private final SessionCore core;

    DeleteUnlinks(SessionCore core) {
        this.core = core;
    }

    /** Unlinks the deleted rows that refer to other deleted rows; {@code order} is the flush order. */
    Mono<Void> run(Connection connection, List<EntityMapping> order) {
        return Mono.defer(() -> {
            Map<EntityMapping, List<InstanceState>> deleted = deleted();
            if (deleted.isEmpty()) {
                return Mono.empty();
            }
            Map<EntityMapping, Set<Object>> deletedKeys = new HashMap<>();
            deleted.forEach((mapping, states) -> {
                if (mapping.ids().size() == 1) {
                    Set<Object> keys = new HashSet<>();
                    states.forEach(state -> keys.add(KeyConditions.keyValues(state).get(0)));
                    deletedKeys.put(mapping, keys);
                }
            });
            List<Executable> updates = new ArrayList<>();
            deleted.forEach((mapping, states) -> updates.addAll(unlinks(mapping, states, deletedKeys, order)));
            return FlushStatements.run(core, connection, updates).then();
        });
    }

    private Map<EntityMapping, List<InstanceState>> deleted() {
        Map<EntityMapping, List<InstanceState>> deleted = new LinkedHashMap<>();
        for (InstanceState state : core.identityMap().states()) {
            if (state.state() == ObjectState.DELETED && !state.deletedFlushed() && state.key() != null) {
                deleted.computeIfAbsent(state.mapping(), key -> new ArrayList<>()).add(state);
            }
        }
        return deleted;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<Executable> unlinks(EntityMapping mapping, List<InstanceState> states,
            Map<EntityMapping, Set<Object>> deletedKeys, List<EntityMapping> order) {
        List<Executable> updates = new ArrayList<>();
        if (mapping.ids().size() != 1) {
            return updates;
        }
        EntityBinding binding = core.bindings().of(mapping.type());
        for (ForeignKeyValues.JoinColumn join : core.joinColumns(mapping)) {
            EntityMapping target = core.model().mapping(join.relationship().target());
            Set<Object> targets = deletedKeys.get(target);
            // Deletes run in reverse flush order: a target later in the flush order is deleted first.
            if (targets == null || target.ids().size() != 1 || order.indexOf(target) < order.indexOf(mapping)) {
                continue;
            }
            List<Object> referring = new ArrayList<>();
            for (InstanceState state : states) {
                Object value = binding.storedJoinValue(state, join);
                if (value != null && targets.contains(value)) {
                    referring.add(KeyConditions.keyValues(state).get(0));
                }
            }
            if (!referring.isEmpty()) {
                updates.add(Sql.update(mapping.tableRef()).set((Expr) join.column(), (Object) null)
                        .where(((Expr) mapping.ids().get(0).columnRef()).in(referring)));
            }
        }
        return updates;
    }

}
