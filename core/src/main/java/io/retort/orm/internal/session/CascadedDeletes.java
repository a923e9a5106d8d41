package io.retort.orm.internal.session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import io.r2dbc.spi.Connection;
import io.retort.orm.ObjectState;
import io.retort.orm.internal.EntityMapping;
import io.retort.sql.Executable;
import io.retort.sql.Expr;
import io.retort.sql.Sql;

import reactor.core.publisher.Mono;

/**
 * The delete side of relationship flushing: for the objects the flush deletes, their many-to-many
 * links and their dependents, round after round while cascades reach further objects; the objects
 * reached this way (which the unit of work did not know about when it began) are deleted here,
 * children first, {@value AssociationFlush#ROWS} rows a statement.
 */
final class CascadedDeletes {

    private final SessionCore core;
    private final AssociationFlush associations;
    private final DependentDeletes dependents;
    private final Set<InstanceState> handled = Collections.newSetFromMap(new IdentityHashMap<>());

    CascadedDeletes(SessionCore core, AssociationFlush associations) {
        this.core = core;
        this.associations = associations;
        this.dependents = new DependentDeletes(core);
    }

    Mono<Void> run(Connection connection, List<EntityMapping> order) {
        return Mono.defer(() -> {
            List<InstanceState> first = pendingDeletes();
            List<InstanceState> known = new ArrayList<>(first);
            return round(connection, first).then(Mono.defer(() -> deleteReached(connection, order, known)));
        });
    }

    private Mono<Void> round(Connection connection, List<InstanceState> deleted) {
        if (deleted.isEmpty()) {
            return Mono.empty();
        }
        handled.addAll(deleted);
        return associations.beforeDeletes(connection, deleted)
                .then(dependents.run(connection, deleted))
                .then(Mono.defer(() -> round(connection, pendingDeletes())));
    }

    private List<InstanceState> pendingDeletes() {
        List<InstanceState> found = new ArrayList<>();
        for (InstanceState state : core.identityMap().states()) {
            if (state.state() == ObjectState.DELETED && !state.deletedFlushed() && !handled.contains(state)) {
                found.add(state);
            }
        }
        return found;
    }

    private Mono<Void> deleteReached(Connection connection, List<EntityMapping> order, List<InstanceState> known) {
        Set<InstanceState> skip = Collections.newSetFromMap(new IdentityHashMap<>());
        skip.addAll(known);
        List<EntityMapping> reversed = new ArrayList<>(order);
        Collections.reverse(reversed);
        List<Executable> statements = new ArrayList<>();
        List<InstanceState> reached = new ArrayList<>();
        for (EntityMapping mapping : reversed) {
            List<Expr<Boolean>> keys = new ArrayList<>();
            for (InstanceState state : handled) {
                if (state.mapping() == mapping && !skip.contains(state) && !state.deletedFlushed()) {
                    keys.add(FlushStatements.keyOf(state));
                    reached.add(state);
                    if (keys.size() == AssociationFlush.ROWS) {
                        statements.add(delete(mapping, keys));
                        keys = new ArrayList<>();
                    }
                }
            }
            if (!keys.isEmpty()) {
                statements.add(delete(mapping, keys));
            }
        }
        return FlushStatements.run(core, connection, statements)
                .then(Mono.fromRunnable(() -> reached.forEach(state -> state.deletedFlushed(true))));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Executable delete(EntityMapping mapping, List<Expr<Boolean>> keys) {
        return Sql.delete(mapping.tableRef()).where(Sql.or(keys.toArray(Expr[]::new)));
    }
}
