package io.retort.orm.internal.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import io.r2dbc.spi.Connection;
import io.retort.orm.ColumnAttribute;
import io.retort.orm.IdentityKey;
import io.retort.orm.internal.EntityMapping;
import io.retort.orm.internal.PropertyMapping;
import io.retort.orm.internal.session.EntityBinding;
import io.retort.orm.internal.session.InstanceState;
import io.retort.orm.internal.session.SessionCore;
import io.retort.sql.Delete;
import io.retort.sql.Expr;
import io.retort.sql.Select;
import io.retort.sql.Sql;
import io.retort.sql.Update;
import io.retort.sql.Upsert;
import io.retort.sql.internal.ColumnRef;

import org.jspecify.annotations.Nullable;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A query's bulk UPDATE and DELETE and the entity upsert, and how they keep the session in step.
 * Before writing, the keys of the matching rows the session holds objects for are selected
 * (SQLAlchemy's {@code synchronize_session='fetch'}); after writing, those objects get the plain
 * values assigned (and count as unchanged), or are expunged when a value is an SQL expression the
 * session cannot evaluate, or when their rows were deleted.
 */
public final class BulkWrites {

    private final SessionCore core;

    public BulkWrites(SessionCore core) {
        this.core = core;
    }

    /** {@code UPDATE table SET .. WHERE <the query's filters>}; the count of matched rows. */
    public Mono<Long> update(Connection connection, QuerySpec spec, Map<?, ?> values, Consumer<Object> expunge) {
        EntityMapping mapping = target(spec, "update");
        Map<PropertyMapping, @Nullable Object> assignments = assignments(mapping, values);
        Update update = Sql.update(mapping.tableRef());
        boolean evaluable = true;
        for (Map.Entry<PropertyMapping, @Nullable Object> entry : assignments.entrySet()) {
            update = assign(update, entry.getKey(), entry.getValue());
            evaluable &= !(entry.getValue() instanceof Expr<?>);
        }
        Update statement = spec.where().isEmpty() ? update : update.where(conditions(spec));
        boolean plain = evaluable;
        return matchingKeys(connection, spec, mapping)
                .flatMap(keys -> core.update(statement).doOnNext(count -> keys.forEach(key -> {
                    InstanceState state = core.identityMap().find(new IdentityKey(mapping.type(), key));
                    if (state == null) {
                        return;
                    }
                    if (plain) {
                        assignments.forEach((property, value) -> property.set(state.entity(), value));
                        state.snapshot();
                    } else {
                        expunge.accept(state.entity());
                    }
                })));
    }

    /** {@code DELETE FROM table WHERE <the query's filters>}; the count of deleted rows. */
    public Mono<Long> delete(Connection connection, QuerySpec spec, Consumer<Object> expunge) {
        EntityMapping mapping = target(spec, "delete");
        Delete delete = Sql.delete(mapping.tableRef());
        Delete statement = spec.where().isEmpty() ? delete : delete.where(conditions(spec));
        return matchingKeys(connection, spec, mapping)
                .flatMap(keys -> core.update(statement).doOnNext(count -> keys.forEach(key -> {
                    InstanceState state = core.identityMap().find(new IdentityKey(mapping.type(), key));
                    if (state != null) {
                        expunge.accept(state.entity());
                    }
                })));
    }

    /** Inserts each entity's row, or updates the row with its key; session objects with those keys take the values. */
    public Mono<Long> upsert(EntityMapping mapping, List<?> entities) {
        List<PropertyMapping> properties = mapping.properties();
        Upsert upsert = Sql.upsert(mapping.tableRef())
                .columns(properties.stream().map(PropertyMapping::columnRef).toArray(Expr[]::new))
                .onConflict(mapping.ids().stream().map(PropertyMapping::columnRef).toArray(Expr[]::new));
        for (Object entity : entities) {
            if (!mapping.type().isInstance(entity)) {
                throw new IllegalArgumentException("upsert on a query of " + mapping.type().getSimpleName()
                        + " takes " + mapping.type().getSimpleName() + " objects, not " + entity.getClass().getName());
            }
            if (mapping.identityOf(entity) == null) {
                throw new IllegalArgumentException("upsert needs the key of every object, but a "
                        + mapping.type().getSimpleName() + " has none set (" + mapping.ids() + "); set it, or add the"
                        + " object with session.add(..) to insert it with a generated key");
            }
            upsert = upsert.values(properties.stream().map(p -> p.get(entity)).toArray());
        }
        Upsert statement = upsert;
        return core.update(statement).doOnNext(count -> {
            for (Object entity : entities) {
                InstanceState state = core.identityMap().find(new IdentityKey(mapping.type(),
                        mapping.identityOf(entity)));
                if (state != null && state.entity() != entity) {
                    properties.forEach(p -> p.set(state.entity(), p.get(entity)));
                    state.snapshot();
                }
            }
        });
    }

    private Mono<Set<Object>> matchingKeys(Connection connection, QuerySpec spec, EntityMapping mapping) {
        boolean held = core.identityMap().states().stream().anyMatch(s -> s.mapping() == mapping && s.key() != null);
        if (!held) {
            return Mono.just(Set.of());
        }
        EntityBinding binding = core.bindings().of(mapping.type());
        List<PropertyMapping> properties = mapping.properties();
        int[] indexes = mapping.ids().stream().mapToInt(properties::indexOf).toArray();
        Select select = SelectBuilder.build(spec, new ArrayList<>(mapping.ids().stream()
                .map(PropertyMapping::columnRef).toList()), List.of(), null, null);
        return Flux.fromIterable(core.compile(select))
                .concatMap(statement -> core.runtime().executor().query(connection, statement, (row, metadata) -> {
                    if (indexes.length == 1) {
                        return binding.read(row, 0, indexes[0]);
                    }
                    List<Object> parts = new ArrayList<>(indexes.length);
                    for (int i = 0; i < indexes.length; i++) {
                        parts.add(binding.read(row, i, indexes[i]));
                    }
                    return (Object) List.copyOf(parts);
                }))
                .collect(HashSet::new, Set::add);
    }

    private static EntityMapping target(QuerySpec spec, String operation) {
        if (!spec.entityResult() || !spec.joins().isEmpty() || !spec.groupBy().isEmpty() || spec.limit() != null
                || spec.offset() != null || spec.distinct() || spec.text() != null) {
            throw new IllegalStateException(operation + "() runs one statement on the table of a query of one entity"
                    + " with filters only; this query has joins, grouping, LIMIT/OFFSET, DISTINCT, several selected"
                    + " items or a text statement. Filter with exists(..) or an IN subquery instead of joining");
        }
        return ((Selection.Entity) spec.selections().get(0)).mapping();
    }

    private static Map<PropertyMapping, @Nullable Object> assignments(EntityMapping mapping, Map<?, ?> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("update() needs at least one field to set");
        }
        Map<PropertyMapping, @Nullable Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : values.entrySet()) {
            PropertyMapping property;
            if (entry.getKey() instanceof String name) {
                property = FieldNames.property(mapping, name, "update");
            } else if (entry.getKey() instanceof ColumnAttribute<?, ?> attribute
                    && attribute.entity() == mapping.type()) {
                property = attribute.property();
            } else {
                throw new IllegalArgumentException("update() takes field names or attributes of "
                        + mapping.type().getSimpleName() + " as keys, not " + entry.getKey());
            }
            Object value = entry.getValue();
            if (value != null && !(value instanceof Expr<?>) && !property.javaType().isInstance(value)) {
                value = FieldNames.value(property, value, "update()");
            }
            out.put(property, value);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Update assign(Update update, PropertyMapping property, @Nullable Object value) {
        ColumnRef<Object> column = (ColumnRef<Object>) property.columnRef();
        return value instanceof Expr<?> expr ? setExpression(update, column, (Expr<Object>) expr)
                : update.set(column, (@Nullable Object) value);
    }

    private static <V> Update setExpression(Update update, Expr<V> column, Expr<? extends V> value) {
        return update.set(column, value);
    }

    @SuppressWarnings("unchecked")
    private static Expr<Boolean>[] conditions(QuerySpec spec) {
        return spec.where().toArray(Expr[]::new);
    }
}
