package io.retort.orm.internal.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.retort.internal.engine.SqlStatement;
import io.retort.orm.IdentityKey;
import io.retort.orm.ObjectState;
import io.retort.orm.internal.EntityMapping;
import io.retort.orm.internal.PropertyMapping;
import io.retort.sql.BulkUpdate;
import io.retort.sql.Expr;
import io.retort.sql.Sql;
import io.retort.sql.Update;
import io.retort.sql.internal.ColumnRef;
import io.retort.sql.internal.ValueConversions;

import org.jspecify.annotations.Nullable;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Writes the changed columns of persistent objects: objects of one class that changed the same
 * columns share ONE bulk UPDATE ({@code Sql.bulkUpdate}: unnest on PostgreSQL, a joined UNION ALL
 * on MySQL, MERGE on H2); a lone object gets a plain UPDATE. A {@code @Version} is matched and
 * bumped in the same statement, and a matched-row count below the batch size fails the flush.
 */
final class UpdateBatcher {

    private final FlushContext context;

    UpdateBatcher(FlushContext context) {
        this.context = context;
    }

    /** Updates every changed persistent object of {@code order}'s classes. */
    Mono<Void> write(List<EntityMapping> order) {
        return Mono.defer(() -> {
            Map<EntityMapping, Map<BitSet, List<InstanceState>>> groups = groups();
            return Flux.fromIterable(order)
                    .filter(groups::containsKey)
                    .concatMap(mapping -> Flux.fromIterable(groups.get(mapping).entrySet())
                            .concatMap(group -> updateGroup(mapping, group.getKey(), group.getValue())))
                    .then();
        });
    }

    private Map<EntityMapping, Map<BitSet, List<InstanceState>>> groups() {
        Map<EntityMapping, Map<BitSet, List<InstanceState>>> groups = new LinkedHashMap<>();
        for (InstanceState state : context.core().identityMap().states()) {
            if (state.state() != ObjectState.PERSISTENT || state.writtenBy() == context) {
                continue;
            }
            ForeignKeyValues.syncFields(state.entity(), context.core().joinColumns(state.mapping()));
            // One pass over the columns; objects that changed the same columns share a statement.
            BitSet signature = changedColumns(state);
            if (signature != null) {
                groups.computeIfAbsent(state.mapping(), key -> new LinkedHashMap<>())
                        .computeIfAbsent(signature, key -> new ArrayList<>()).add(state);
            }
        }
        return groups;
    }

    /** The columns other than the version that changed, by property index; null when none did. */
    private static @Nullable BitSet changedColumns(InstanceState state) {
        List<PropertyMapping> properties = state.mapping().properties();
        BitSet changed = null;
        for (int i = 0; i < properties.size(); i++) {
            if (!properties.get(i).settings().version() && state.changed(i)) {
                changed = changed == null ? new BitSet(properties.size()) : changed;
                changed.set(i);
            }
        }
        return changed;
    }

    private Mono<Void> updateGroup(EntityMapping mapping, BitSet signature, List<InstanceState> states) {
        List<PropertyMapping> changed = new ArrayList<>();
        int[] changedIndexes = new int[mapping.properties().size()];
        for (int i = 0; i < mapping.properties().size(); i++) {
            if (signature.get(i)) {
                changedIndexes[changed.size()] = i;
                changed.add(mapping.properties().get(i));
            }
        }
        int[] written = Arrays.copyOf(changedIndexes, changed.size());
        PropertyMapping version = mapping.version().orElse(null);
        int versionIndex = version == null ? -1 : mapping.properties().indexOf(version);
        if (states.size() > 1 && version != null && states.stream().anyMatch(s -> s.committed(versionIndex) == null)) {
            return Flux.fromIterable(states).concatMap(state -> updateGroup(mapping, signature, List.of(state))).then();
        }
        List<@Nullable Object> expected = new ArrayList<>(states.size());
        List<@Nullable Object> next = new ArrayList<>(states.size());
        for (InstanceState state : states) {
            context.remember(state);
            Object loaded = version == null ? null : state.committed(versionIndex);
            expected.add(loaded);
            next.add(version == null ? null : increment(version, loaded));
        }
        return execute(statements(mapping, changed, version, states, expected, next)).flatMap(matched -> {
            if (matched != states.size()) {
                return Mono.error(new StaleRowsException(mapping, states, expected, matched));
            }
            boolean keyChanged = changed.stream().anyMatch(property -> property.settings().id());
            for (int i = 0; i < states.size(); i++) {
                written(states.get(i), written, version, versionIndex, next.get(i), keyChanged);
            }
            return Mono.<Void>empty();
        });
    }

    private Mono<Long> execute(List<SqlStatement> statements) {
        return context.run(statements);
    }

    private List<SqlStatement> statements(EntityMapping mapping, List<PropertyMapping> changed,
            @Nullable PropertyMapping version, List<InstanceState> states, List<@Nullable Object> expected,
            List<@Nullable Object> next) {
        var syntax = context.core().dialect().syntax();
        int width = mapping.ids().size() + changed.size() + (version == null ? 0 : 2);
        if (states.size() == 1) {
            return context.core().compile(single(mapping, changed, version, states.get(0), expected.get(0), next.get(0)));
        }
        if (!BatchedUpdate.applies(syntax, states.size(), width)) {
            return context.core().compile(bulk(mapping, changed, version, states, expected, next));
        }
        List<ColumnRef<?>> keys = new ArrayList<>();
        mapping.ids().forEach(id -> keys.add(id.columnRef()));
        List<ColumnRef<?>> columns = new ArrayList<>();
        changed.forEach(property -> columns.add(property.columnRef()));
        if (version != null) {
            keys.add(version.columnRef());
            columns.add(version.columnRef());
        }
        List<@Nullable Object[]> rows = new ArrayList<>(states.size());
        for (int i = 0; i < states.size(); i++) {
            InstanceState state = states.get(i);
            Object[] row = new Object[width];
            int at = 0;
            for (Object key : KeyConditions.keyValues(state)) {
                row[at++] = key;
            }
            if (version != null) {
                row[at++] = expected.get(i);
            }
            for (PropertyMapping property : changed) {
                row[at++] = property.get(state.entity());
            }
            if (version != null) {
                row[at] = next.get(i);
            }
            rows.add(row);
        }
        return List.of(BatchedUpdate.statement(syntax, mapping.tableRef(), keys, columns, rows));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Update single(EntityMapping mapping, List<PropertyMapping> changed, @Nullable PropertyMapping version,
            InstanceState state, @Nullable Object expected, @Nullable Object next) {
        Update update = Sql.update(mapping.tableRef());
        for (PropertyMapping property : changed) {
            update = update.set((Expr) property.columnRef(), property.get(state.entity()));
        }
        if (version != null) {
            update = update.set((Expr) version.columnRef(), next);
        }
        return update.where(KeyConditions.of(state, version, expected));
    }

    private static BulkUpdate bulk(EntityMapping mapping, List<PropertyMapping> changed, @Nullable PropertyMapping version,
            List<InstanceState> states, List<@Nullable Object> expected, List<@Nullable Object> next) {
        List<Expr<?>> keys = new ArrayList<>();
        mapping.ids().forEach(id -> keys.add(id.columnRef()));
        List<Expr<?>> columns = new ArrayList<>();
        changed.forEach(property -> columns.add(property.columnRef()));
        if (version != null) {
            keys.add(version.columnRef());
            columns.add(version.columnRef());
        }
        BulkUpdate update = Sql.bulkUpdate(mapping.tableRef()).keys(keys.toArray(Expr[]::new))
                .columns(columns.toArray(Expr[]::new));
        for (int i = 0; i < states.size(); i++) {
            InstanceState state = states.get(i);
            List<@Nullable Object> row = new ArrayList<>(keys.size() + columns.size());
            row.addAll(KeyConditions.keyValues(state));
            if (version != null) {
                row.add(expected.get(i));
            }
            changed.forEach(property -> row.add(property.get(state.entity())));
            if (version != null) {
                row.add(next.get(i));
            }
            update = update.row(row.toArray());
        }
        return update;
    }

    /** After a successful write: the new version, the new snapshot, and the new key if the key changed. */
    private void written(InstanceState state, int[] changedIndexes, @Nullable PropertyMapping version,
            int versionIndex, @Nullable Object next, boolean keyChanged) {
        if (version != null) {
            version.set(state.entity(), next);
        }
        // The other columns still hold what the snapshot holds: only the written ones are read again.
        state.written(changedIndexes, versionIndex);
        if (!keyChanged) {
            return;
        }
        IdentityKey key = new IdentityKey(state.mapping().type(), state.mapping().identityOf(state.entity()));
        if (!key.equals(state.key())) {
            context.core().identityMap().rekey(state, key);
        }
    }

    static Object increment(PropertyMapping version, @Nullable Object current) {
        long next = current == null ? 1 : ((Number) current).longValue() + 1;
        return ValueConversions.convert(next, version.javaType());
    }
}
