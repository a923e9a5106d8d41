package io.retort.orm.internal.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.retort.internal.engine.SqlStatement;
import io.retort.orm.StaleObjectException;
import io.retort.orm.internal.EntityMapping;
import io.retort.orm.internal.PropertyMapping;
import io.retort.sql.Expr;
import io.retort.sql.Sql;

import org.jspecify.annotations.Nullable;

import reactor.core.publisher.Mono;

/**
 * Names the stale objects of a batch that matched too few rows. Runs after the flush's
 * transaction was rolled back, on a connection of its own: it reads the committed key and
 * version of each row of the batch, and an object whose row is gone or whose version is not the
 * one it was loaded with is stale. Costs one SELECT, on the failure path only.
 */
final class StaleRows {

    private StaleRows() {
    }

    /** The {@code StaleObjectException} for {@code failure}. */
    static Mono<StaleObjectException> resolve(SessionCore core, StaleRowsException failure) {
        EntityMapping mapping = failure.mapping();
        List<InstanceState> states = failure.states();
        if (states.size() == 1) {
            return Mono.just(exception(mapping, states));
        }
        SqlStatement select = select(core, mapping, states);
        PropertyMapping version = mapping.version().orElse(null);
        int ids = mapping.ids().size();
        return core.runtime().scopes()
                .withConnection(connection -> core.runtime().executor().query(connection, select, (row, metadata) -> {
                    List<Object> key = new ArrayList<>(ids);
                    for (int i = 0; i < ids; i++) {
                        key.add(io.retort.sql.internal.ValueConversions.convert(row.get(i),
                                mapping.ids().get(i).javaType()));
                    }
                    Object found = version == null ? "" : io.retort.sql.internal.ValueConversions.convert(row.get(ids),
                            version.javaType());
                    return Map.entry(key, found == null ? "" : found);
                }))
                .collectMap(Map.Entry::getKey, Map.Entry::getValue, HashMap::new)
                .map(committed -> {
                    List<InstanceState> stale = new ArrayList<>();
                    for (int i = 0; i < states.size(); i++) {
                        Object now = committed.get(KeyConditions.keyValues(states.get(i)));
                        Object expected = failure.expectedVersions().get(i);
                        if (now == null || version != null && !Objects.equals(now, expected == null ? "" : expected)) {
                            stale.add(states.get(i));
                        }
                    }
                    return exception(mapping, stale.isEmpty() ? states : stale);
                })
                .onErrorResume(error -> Mono.just(exception(mapping, states)));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static SqlStatement select(SessionCore core, EntityMapping mapping, List<InstanceState> states) {
        List<Expr<?>> columns = new ArrayList<>();
        mapping.ids().forEach(id -> columns.add(id.columnRef()));
        mapping.version().ifPresent(version -> columns.add(version.columnRef()));
        List<Expr<Boolean>> rows = new ArrayList<>();
        for (InstanceState state : states) {
            rows.add(Sql.and(KeyConditions.of(state, null, null)));
        }
        return core.compile(Sql.select(columns.toArray(Expr[]::new)).from(mapping.tableRef())
                .where(Sql.or(rows.toArray(Expr[]::new)))).get(0);
    }

    static StaleObjectException exception(EntityMapping mapping, List<InstanceState> stale) {
        String type = mapping.type().getSimpleName();
        boolean versioned = mapping.version().isPresent();
        List<Object> objects = new ArrayList<>();
        stale.forEach(state -> objects.add(state.entity()));
        if (stale.size() == 1) {
            return new StaleObjectException(type + " with key " + keyText(stale.get(0)) + " was changed or deleted by"
                    + " another transaction since it was loaded" + (versioned ? " (its @Version did not match)" : "")
                    + "; nothing was written: refresh the object and apply the change again", objects);
        }
        List<Object> keys = new ArrayList<>();
        stale.forEach(state -> keys.add(keyText(state)));
        return new StaleObjectException(type + " with keys " + keys + " were changed or deleted by another transaction"
                + " since they were loaded" + (versioned ? " (their @Version did not match)" : "")
                + "; nothing was written: refresh the objects and apply the changes again", objects);
    }

    private static @Nullable Object keyText(InstanceState state) {
        List<@Nullable Object> key = KeyConditions.keyValues(state);
        return key.size() == 1 ? key.get(0) : key;
    }
}
