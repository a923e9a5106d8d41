package io.retort.orm.internal.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.r2dbc.spi.Connection;
import io.retort.orm.Cascade;
import io.retort.orm.IdentityKey;
import io.retort.orm.ObjectState;
import io.retort.orm.internal.EntityMapping;
import io.retort.orm.internal.JoinColumns;
import io.retort.orm.internal.Mappings;
import io.retort.orm.internal.PropertyMapping;
import io.retort.orm.internal.RelationshipKind;
import io.retort.orm.internal.RelationshipMapping;
import io.retort.orm.internal.loading.Loaders;
import io.retort.sql.Expr;
import io.retort.sql.Sql;
import io.retort.sql.internal.ColumnRef;
import io.retort.sql.internal.ValueConversions;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Before parents are deleted: a DELETE-cascading collection that was never loaded is loaded (one
 * statement per relationship) and its children are deleted like loaded ones; without the cascade,
 * a parent that rows still refer to fails the flush with a message naming both (the flush rolls
 * back, nothing is lost).
 */
final class DependentDeletes {

    private final SessionCore core;
    private final SessionOperations operations;

    DependentDeletes(SessionCore core) {
        this.core = core;
        this.operations = new SessionOperations(core);
    }

    /** Handles the dependents of {@code deleted}; completes after marking cascaded children deleted. */
    Mono<Void> run(Connection connection, List<InstanceState> deleted) {
        return Mono.defer(() -> {
            Map<RelationshipMapping, List<InstanceState>> parents = new LinkedHashMap<>();
            for (InstanceState state : deleted) {
                for (RelationshipMapping relationship : state.mapping().relationships()) {
                    if (dependents(relationship) && (!relationship.cascades(Cascade.DELETE)
                            || unloaded(state, relationship))) {
                        parents.computeIfAbsent(relationship, r -> new ArrayList<>()).add(state);
                    }
                }
            }
            return Flux.fromIterable(parents.entrySet())
                    .concatMap(entry -> entry.getKey().cascades(Cascade.DELETE)
                            ? cascade(entry.getKey(), entry.getValue())
                            : refuse(connection, entry.getKey(), entry.getValue()))
                    .then();
        });
    }

    /** Loaded children of a DELETE cascade were marked deleted by {@code session.delete} already. */
    private static boolean unloaded(InstanceState state, RelationshipMapping relationship) {
        Object value = relationship.access().get(state.entity());
        return value instanceof ForeignKeyValues.NotLoadedMarker
                || value == null && state.referenceUnloaded(relationship.field());
    }

    private static boolean dependents(RelationshipMapping relationship) {
        return relationship.kind() == RelationshipKind.ONE_TO_MANY
                || relationship.kind() == RelationshipKind.ONE_TO_ONE && !relationship.ownsForeignKey();
    }

    private Mono<Void> cascade(RelationshipMapping relationship, List<InstanceState> parents) {
        List<Object> entities = new ArrayList<>();
        for (InstanceState parent : parents) {
            entities.add(parent.entity());
        }
        return Loaders.loadRelationship(core, relationship, entities).then(Mono.fromRunnable(() -> {
            for (Object parent : entities) {
                for (Object child : SessionOperations.related(parent, relationship)) {
                    InstanceState state = core.identityMap().state(child);
                    if (state != null && state.state() != ObjectState.DELETED) {
                        operations.delete(child);
                    }
                }
            }
        }));
    }

    private Mono<Void> refuse(Connection connection, RelationshipMapping relationship, List<InstanceState> parents) {
        EntityMapping child = core.model().mapping(relationship.target());
        RelationshipMapping back = child.relationship(relationship.backPopulates()).orElseThrow();
        ColumnRef<?> foreignKey = child.tableRef().column(JoinColumns.split(back.joinColumn()).get(0),
                Mappings.of(relationship.owner()).ids().get(0).javaType());
        List<Object> keys = new ArrayList<>();
        for (InstanceState parent : parents) {
            keys.add(parent.mapping().ids().get(0).get(parent.entity()));
        }
        List<Expr<?>> columns = new ArrayList<>();
        for (PropertyMapping id : child.ids()) {
            columns.add(id.columnRef());
        }
        columns.add(foreignKey);
        var select = Sql.select(columns.toArray(Expr[]::new)).from(child.tableRef()).where(in(foreignKey, keys));
        return Flux.fromIterable(core.compile(select))
                .concatMap(statement -> core.runtime().executor().query(connection, statement,
                        (row, metadata) -> List.of(key(child, row), row.get(child.ids().size()))))
                .filter(found -> {
                    InstanceState state = core.identityMap().find(new IdentityKey(child.type(), found.get(0)));
                    return state == null || state.state() != ObjectState.DELETED;
                })
                .next()
                .flatMap(found -> Mono.error(new IllegalStateException("Cannot delete "
                        + relationship.owner().getSimpleName() + " with key " + found.get(1) + ": "
                        + child.type().getSimpleName() + " with key " + found.get(0) + " still refers to it through "
                        + back.path() + "; delete those " + child.type().getSimpleName() + " objects first, point them"
                        + " at another " + relationship.owner().getSimpleName() + ", or add Cascade.DELETE to "
                        + relationship.path() + "; nothing was deleted")));
    }

    private static Object key(EntityMapping child, io.r2dbc.spi.Row row) {
        List<PropertyMapping> ids = child.ids();
        if (ids.size() == 1) {
            return ValueConversions.convert(row.get(0), ids.get(0).javaType());
        }
        List<Object> parts = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            parts.add(ValueConversions.convert(row.get(i), ids.get(i).javaType()));
        }
        return List.copyOf(parts);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Expr<Boolean> in(ColumnRef<?> column, List<Object> keys) {
        return ((ColumnRef) column).in(keys);
    }
}
