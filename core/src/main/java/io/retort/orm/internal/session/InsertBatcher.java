package io.retort.orm.internal.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.retort.internal.engine.SqlStatement;
import io.retort.orm.IdentityKey;
import io.retort.orm.ObjectState;
import io.retort.orm.internal.EntityMapping;
import io.retort.orm.internal.PropertyMapping;
import io.retort.sql.Expr;
import io.retort.sql.Insert;
import io.retort.sql.Sql;
import io.retort.sql.internal.ColumnRef;
import io.retort.sql.internal.ValueConversions;

import org.jspecify.annotations.Nullable;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Inserts the new objects of a flush, parents before children: per class in {@link FlushOrder},
 * objects whose parents of the same class are already written first (waves), and within a wave
 * one multi-row statement per column set, reading the generated keys back in row order
 * ({@code RETURNING}, H2's {@code FINAL TABLE}, or MySQL's consecutive auto-increment ids). A
 * reference that closes a cycle is written NULL and set afterwards by {@link PostUpdates}.
 */
final class InsertBatcher {

    private final FlushContext context;
    private final PostUpdates postUpdates;

    InsertBatcher(FlushContext context, PostUpdates postUpdates) {
        this.context = context;
        this.postUpdates = postUpdates;
    }

    /** Inserts every pending object of {@code order}'s classes. */
    Mono<Void> write(List<EntityMapping> order, Map<EntityMapping, List<InstanceState>> pending) {
        return Flux.fromIterable(order)
                .filter(pending::containsKey)
                .concatMap(mapping -> waves(mapping, pending.get(mapping)))
                .then();
    }

    /** Inserts the objects that are ready, then the rest, until none is left. */
    private Mono<Void> waves(EntityMapping mapping, List<InstanceState> remaining) {
        return Mono.defer(() -> {
            List<InstanceState> left = remaining.stream().filter(s -> s.state() == ObjectState.PENDING).toList();
            if (left.isEmpty()) {
                return Mono.empty();
            }
            List<ForeignKeyValues.JoinColumn> joins = context.core().joinColumns(mapping);
            IdentityMap identityMap = context.core().identityMap();
            List<InstanceState> ready = new ArrayList<>();
            for (InstanceState state : left) {
                if (joins.stream().noneMatch(join -> join.relationship().target() == mapping.type()
                        && InsertRow.targetsUninserted(state.entity(), join, identityMap)
                        && identityMap.state(join.relationship().access().get(state.entity())) != state)) {
                    ready.add(state);
                }
            }
            List<InstanceState> wave = ready.isEmpty() ? left : ready;
            return insertWave(mapping, joins, wave).then(waves(mapping, left));
        });
    }

    private Mono<Void> insertWave(EntityMapping mapping, List<ForeignKeyValues.JoinColumn> joins,
            List<InstanceState> wave) {
        Map<String, List<InsertRow>> groups = new LinkedHashMap<>();
        for (InstanceState state : wave) {
            context.remember(state);
            InsertRow row = InsertRow.of(state, joins, context.core().identityMap());
            groups.computeIfAbsent(row.signature(), key -> new ArrayList<>()).add(row);
        }
        return Flux.fromIterable(groups.values()).concatMap(rows -> insertGroup(mapping, rows)).then();
    }

    private Mono<Void> insertGroup(EntityMapping mapping, List<InsertRow> rows) {
        List<Expr<?>> columns = rows.get(0).columns();
        List<List<@Nullable Object>> values = new ArrayList<>(rows.size());
        for (InsertRow row : rows) {
            values.add(row.values());
        }
        PropertyMapping generated = mapping.generatedId()
                .filter(id -> id.get(rows.get(0).state().entity()) == null)
                .orElse(null);
        List<SqlStatement> statements = statements(mapping, columns, values, generated);
        if (generated == null) {
            return context.run(statements).then(Mono.fromRunnable(() -> persisted(rows)));
        }
        return context.query(statements, (row, metadata) -> row.get(0))
                .collectList()
                .flatMap(keys -> {
                    if (keys.size() != rows.size()) {
                        return Mono.error(new IllegalStateException("Inserting " + rows.size() + " "
                                + mapping.type().getSimpleName() + " rows returned " + keys.size()
                                + " generated keys; the database must return one key per inserted row"));
                    }
                    for (int i = 0; i < keys.size(); i++) {
                        generated.set(rows.get(i).state().entity(), ValueConversions.convert(keys.get(i),
                                generated.javaType()));
                    }
                    persisted(rows);
                    return Mono.<Void>empty();
                });
    }

    private List<SqlStatement> statements(EntityMapping mapping, List<Expr<?>> columns,
            List<List<@Nullable Object>> values, @Nullable PropertyMapping generated) {
        var syntax = context.core().dialect().syntax();
        ColumnRef<?> returned = generated == null ? null : generated.columnRef();
        if (values.size() > 1 && UnnestInsert.applies(syntax, columns)) {
            return List.of(UnnestInsert.statement(syntax, mapping.tableRef(), columns, values, returned));
        }
        int perStatement = Math.max(1, Math.min(syntax.preferredRowsPerStatement(),
                syntax.maxBindParameters() / Math.max(1, columns.size())));
        Insert base = Sql.insert(mapping.tableRef()).columns(columns.toArray(Expr[]::new));
        List<SqlStatement> statements = new ArrayList<>();
        for (int start = 0; start < values.size(); start += perStatement) {
            Insert chunk = base.rows(values.subList(start, Math.min(values.size(), start + perStatement)));
            statements.addAll(context.core().compile(returned == null ? chunk : chunk.returning(returned)));
        }
        return statements;
    }

    private void persisted(List<InsertRow> rows) {
        IdentityMap identityMap = context.core().identityMap();
        for (InsertRow row : rows) {
            InstanceState state = row.state();
            identityMap.persisted(state, new IdentityKey(state.mapping().type(),
                    state.mapping().identityOf(state.entity())));
            state.snapshot();
            state.writtenBy(context);
            if (!row.deferred().isEmpty()) {
                postUpdates.add(state, row.deferred());
            }
        }
    }
}
