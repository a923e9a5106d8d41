package io.retort.orm.internal.session;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.retort.orm.Cascade;
import io.retort.orm.IdentityKey;
import io.retort.orm.ObjectState;
import io.retort.orm.internal.EntityMapping;
import io.retort.orm.internal.PropertyMapping;
import io.retort.orm.internal.RelationshipMapping;
import io.retort.sql.Expr;
import io.retort.sql.Sql;
import io.retort.sql.internal.ColumnRef;

import org.jspecify.annotations.Nullable;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The in-memory half of the session's operations (add, delete, expunge, states) and the loads by
 * key (get, refresh, merge). Kept apart from the public facade so each stays small.
 */
public final class SessionOperations {

    private final SessionCore core;
    /** Objects that had a row when they left this session (by identity, never by equals): DETACHED, not TRANSIENT. */
    private @Nullable Set<Object> formerlyPersistent;

    public SessionOperations(SessionCore core) {
        this.core = core;
    }

    /** Adds {@code entity} and, through SAVE cascades, the objects it reaches. */
    public void add(Object entity) {
        addCascading(entity, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    /** Adds every object of {@code entities} and, through SAVE cascades, the objects they reach. */
    public void addAll(Iterable<?> entities) {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Object entity : entities) {
            addCascading(io.retort.internal.Checks.notNull(entity, "entity"), seen);
        }
    }

    private void addCascading(Object entity, Set<Object> seen) {
        if (!seen.add(entity)) {
            return;
        }
        EntityMapping mapping = core.model().mapping(entity.getClass());
        InstanceState state = core.identityMap().state(entity);
        if (state == null) {
            core.identityMap().addPending(entity, mapping);
        } else if (state.state() == ObjectState.DELETED && !state.deletedFlushed()) {
            core.identityMap().mark(state, ObjectState.PERSISTENT);
        }
        for (RelationshipMapping relationship : mapping.relationships()) {
            if (relationship.cascades(Cascade.SAVE)) {
                for (Object related : related(entity, relationship)) {
                    addCascading(related, seen);
                }
            }
        }
    }

    /** Marks {@code entity} for deletion; a pending object is simply forgotten. */
    public void delete(Object entity) {
        InstanceState state = tracked(entity, "delete");
        if (state.state() == ObjectState.PENDING) {
            core.identityMap().remove(state);
            return;
        }
        core.identityMap().mark(state, ObjectState.DELETED);
        for (RelationshipMapping relationship : state.mapping().relationships()) {
            if (relationship.cascades(Cascade.DELETE)) {
                for (Object related : related(entity, relationship)) {
                    InstanceState relatedState = core.identityMap().state(related);
                    if (relatedState != null && relatedState.state() != ObjectState.DELETED) {
                        delete(related);
                    }
                }
            }
        }
    }

    /** Removes {@code entity} from the session without touching the database. */
    public void expunge(Object entity) {
        InstanceState state = tracked(entity, "expunge");
        forget(state);
        for (RelationshipMapping relationship : state.mapping().relationships()) {
            if (relationship.cascades(Cascade.EXPUNGE)) {
                for (Object related : related(entity, relationship)) {
                    InstanceState relatedState = core.identityMap().state(related);
                    if (relatedState != null) {
                        forget(relatedState);
                    }
                }
            }
        }
    }

    private void forget(InstanceState state) {
        core.identityMap().remove(state);
        if (state.key() != null) {
            if (formerlyPersistent == null) {
                formerlyPersistent = Collections.newSetFromMap(new IdentityHashMap<>());
            }
            formerlyPersistent.add(state.entity());
        }
    }

    /** The state of {@code entity} in this session. */
    public ObjectState state(Object entity) {
        InstanceState state = core.identityMap().state(entity);
        if (state != null) {
            return state.state();
        }
        boolean hadRow = formerlyPersistent != null && formerlyPersistent.contains(entity)
                || core.identityMap().hadRow(entity);
        return hadRow ? ObjectState.DETACHED
                : ObjectState.TRANSIENT;
    }

    public List<Object> newObjects() {
        return objectsIn(ObjectState.PENDING);
    }

    public List<Object> deleted() {
        return objectsIn(ObjectState.DELETED);
    }

    /** Persistent objects with changes not yet flushed. */
    public List<Object> dirty() {
        List<Object> dirty = new ArrayList<>();
        for (InstanceState state : core.identityMap().states()) {
            if (state.state() == ObjectState.PERSISTENT && synced(state).modified()) {
                dirty.add(state.entity());
            }
        }
        return dirty;
    }

    private InstanceState synced(InstanceState state) {
        ForeignKeyValues.syncFields(state.entity(), core.joinColumns(state.mapping()));
        return state;
    }

    public Map<IdentityKey, Object> identityMap() {
        return Collections.unmodifiableMap(core.identityMap().view());
    }

    private List<Object> objectsIn(ObjectState wanted) {
        List<Object> objects = new ArrayList<>();
        for (InstanceState state : core.identityMap().states()) {
            if (state.state() == wanted) {
                objects.add(state.entity());
            }
        }
        return objects;
    }

    /** After commit: flushed deletes leave the session. */
    public void afterCommit() {
        for (InstanceState state : core.identityMap().states()) {
            state.insertedInTransaction(false);
            if (state.state() == ObjectState.DELETED && state.deletedFlushed()) {
                forget(state);
            }
        }
    }

    /**
     * After rollback the session holds nothing: objects inserted in the rolled-back transaction
     * become transient again (their generated keys cleared), the rest detached.
     */
    public void afterRollback() {
        for (InstanceState state : core.identityMap().states()) {
            if (state.insertedInTransaction()) {
                state.mapping().generatedId().ifPresent(id -> id.set(state.entity(), null));
                core.identityMap().remove(state);
            } else {
                forget(state);
            }
        }
    }

    /** Everything leaves the session. */
    public void clear() {
        core.identityMap().clear();
    }

    /** The object with key {@code id}: from the identity map without a statement, else loaded. */
    public <T> Mono<T> get(Class<T> type, Object id) {
        EntityMapping mapping = core.model().mapping(type);
        IdentityKey key = new IdentityKey(type, normalizeKey(mapping, id));
        InstanceState known = core.identityMap().find(key);
        if (known != null) {
            return known.state() == ObjectState.DELETED ? Mono.empty() : Mono.just(type.cast(known.entity()));
        }
        return loadByKey(mapping, key).map(type::cast).next();
    }

    /** Reloads every column of {@code entity} from the database, discarding unflushed changes. */
    public <T> Mono<T> refresh(T entity) {
        InstanceState state = tracked(entity, "refresh");
        if (state.key() == null) {
            return Mono.error(new IllegalArgumentException("Cannot refresh a pending " + entity.getClass().getSimpleName()
                    + "; flush it first"));
        }
        EntityBinding binding = core.bindings().of(entity.getClass());
        return selectByKey(binding.mapping(), state.key())
                .flatMap(select -> core.withReadConnection(connection -> core.runtime().executor().query(connection, select,
                        (row, metadata) -> {
                            Object[] values = new Object[binding.mapping().properties().size()];
                            for (int i = 0; i < values.length; i++) {
                                values[i] = binding.read(row, i, i);
                            }
                            binding.mapping().access().writeAll(entity, values);
                            state.snapshot();
                            return entity;
                        })).next())
                .switchIfEmpty(Mono.error(() -> new IllegalStateException(entity.getClass().getSimpleName() + " with key "
                        + state.key().id() + " no longer exists in the database")));
    }

    /**
     * Copies the state of {@code entity} onto the session's object with the same key (loading it
     * if needed) and returns that object; an object without a row is added as new.
     */
    @SuppressWarnings("unchecked")
    public <T> Mono<T> merge(T entity) {
        EntityMapping mapping = core.model().mapping(entity.getClass());
        InstanceState own = core.identityMap().state(entity);
        if (own != null) {
            return Mono.just(entity);
        }
        Object id = mapping.identityOf(entity);
        if (id == null) {
            add(entity);
            return Mono.just(entity);
        }
        return get((Class<T>) entity.getClass(), id)
                .map(target -> {
                    for (PropertyMapping property : mapping.properties()) {
                        if (!property.settings().version()) {
                            property.set(target, property.get(entity));
                        }
                    }
                    return target;
                })
                .switchIfEmpty(Mono.fromSupplier(() -> {
                    add(entity);
                    return entity;
                }));
    }

    private Flux<Object> loadByKey(EntityMapping mapping, IdentityKey key) {
        EntityBinding binding = core.bindings().of(mapping.type());
        return selectByKey(mapping, key).flatMapMany(select -> core.withReadConnection(connection -> core.runtime().executor()
                .query(connection, select, (row, metadata) -> core.hydrator().hydrate(row, 0, binding))));
    }

    /**
     * SELECT of the row with {@code key}. Its text depends only on the class, so it is compiled
     * once per class (the binding keeps it) and each call binds the key's values.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Mono<io.retort.internal.engine.SqlStatement> selectByKey(EntityMapping mapping, IdentityKey key) {
        return Mono.fromCallable(() -> {
            EntityBinding binding = core.bindings().of(mapping.type());
            Object[] parts = key.id() instanceof List<?> list ? list.toArray() : new Object[] {key.id()};
            List<Object> parameters = new ArrayList<>(parts.length);
            for (int i = 0; i < parts.length; i++) {
                parameters.add(mapping.ids().get(i).columnRef().toDatabase(parts[i]));
            }
            String sql = binding.keySelectSql();
            if (sql != null) {
                return io.retort.internal.engine.SqlStatement.of(sql, parameters);
            }
            List<Expr<Boolean>> conditions = new ArrayList<>();
            for (int i = 0; i < mapping.ids().size(); i++) {
                conditions.add(((ColumnRef) mapping.ids().get(i).columnRef()).eq(parts[i]));
            }
            io.retort.internal.engine.SqlStatement compiled = core.compile(Sql.select(binding.selectColumns()
                    .toArray(Expr[]::new)).from(mapping.tableRef()).where(conditions.toArray(Expr[]::new))).get(0);
            if (compiled.parameters().equals(parameters)) {
                binding.keySelectSql(compiled.sql());
            }
            return compiled;
        });
    }

    private static Object normalizeKey(EntityMapping mapping, Object id) {
        if (mapping.ids().size() == 1) {
            return io.retort.sql.internal.ValueConversions.convert(id, mapping.ids().get(0).javaType());
        }
        if (!(id instanceof List<?> parts) || parts.size() != mapping.ids().size()) {
            throw new IllegalArgumentException(mapping.type().getSimpleName() + " has a composite key of "
                    + mapping.ids().size() + " columns; pass its values as a List in key order");
        }
        return List.copyOf(parts);
    }

    private InstanceState tracked(Object entity, String operation) {
        InstanceState state = core.identityMap().state(entity);
        if (state == null) {
            throw new IllegalArgumentException("Cannot " + operation + " " + entity.getClass().getSimpleName()
                    + ": it is not in this session (" + state(entity) + "); add it or load it through this session first");
        }
        return state;
    }

    /** The objects {@code relationship} of {@code entity} holds now, ignoring unloaded values. */
    static Collection<?> related(Object entity, RelationshipMapping relationship) {
        Object value = relationship.access().get(entity);
        if (value == null || value instanceof ForeignKeyValues.NotLoadedMarker) {
            return List.of();
        }
        return value instanceof Collection<?> collection ? collection : List.of(value);
    }
}
