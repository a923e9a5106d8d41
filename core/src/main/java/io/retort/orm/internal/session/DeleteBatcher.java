package io.retort.orm.internal.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.retort.orm.ObjectState;
import io.retort.orm.internal.EntityMapping;
import io.retort.orm.internal.PropertyMapping;
import io.retort.sql.Delete;
import io.retort.sql.Expr;
import io.retort.sql.Sql;

import org.jspecify.annotations.Nullable;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Deletes the objects marked for deletion, children before parents (reverse {@link FlushOrder}):
 * {@code DELETE .. WHERE id IN (..)} per class (one array parameter on PostgreSQL), or, for a
 * {@code @Version}ed or composite-key class, {@code WHERE (id = ? AND version = ?) OR ..} in
 * chunks. Fewer deleted rows than objects fails the flush.
 */
final class DeleteBatcher {

    private static final int CONDITIONS_PER_STATEMENT = 500;

    private final FlushContext context;

    DeleteBatcher(FlushContext context) {
        this.context = context;
    }

    /** Deletes every object marked for deletion, in the reverse of {@code order}. */
    Mono<Void> write(List<EntityMapping> order) {
        return Mono.defer(() -> {
            Map<EntityMapping, List<InstanceState>> byMapping = new LinkedHashMap<>();
            for (InstanceState state : context.core().identityMap().states()) {
                if (state.state() == ObjectState.DELETED && !state.deletedFlushed()) {
                    byMapping.computeIfAbsent(state.mapping(), key -> new ArrayList<>()).add(state);
                }
            }
            List<EntityMapping> reversed = new ArrayList<>(order);
            java.util.Collections.reverse(reversed);
            return Flux.fromIterable(reversed)
                    .filter(byMapping::containsKey)
                    .concatMap(mapping -> Flux.fromIterable(chunks(mapping, byMapping.get(mapping)))
                            .concatMap(chunk -> delete(mapping, chunk)))
                    .then();
        });
    }

    private static List<List<InstanceState>> chunks(EntityMapping mapping, List<InstanceState> states) {
        if (mapping.version().isEmpty() && mapping.ids().size() == 1) {
            return List.of(states);
        }
        List<List<InstanceState>> chunks = new ArrayList<>();
        for (int start = 0; start < states.size(); start += CONDITIONS_PER_STATEMENT) {
            chunks.add(states.subList(start, Math.min(states.size(), start + CONDITIONS_PER_STATEMENT)));
        }
        return chunks;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Mono<Void> delete(EntityMapping mapping, List<InstanceState> states) {
        PropertyMapping version = mapping.version().orElse(null);
        int versionIndex = version == null ? -1 : mapping.properties().indexOf(version);
        List<@Nullable Object> expected = new ArrayList<>(states.size());
        for (InstanceState state : states) {
            context.remember(state);
            expected.add(version == null ? null : state.committed(versionIndex));
        }
        Delete delete = Sql.delete(mapping.tableRef());
        if (version == null && mapping.ids().size() == 1) {
            List<Object> keys = new ArrayList<>(states.size());
            states.forEach(state -> keys.add(KeyConditions.keyValues(state).get(0)));
            delete = delete.where(((Expr) mapping.ids().get(0).columnRef()).in(keys));
        } else {
            List<Expr<Boolean>> rows = new ArrayList<>(states.size());
            for (int i = 0; i < states.size(); i++) {
                rows.add(Sql.and(KeyConditions.of(states.get(i), version, expected.get(i))));
            }
            delete = delete.where(rows.size() == 1 ? rows.get(0) : Sql.or(rows.toArray(Expr[]::new)));
        }
        return context.update(delete).flatMap(matched -> {
            if (matched != states.size()) {
                return Mono.error(new StaleRowsException(mapping, states, expected, matched));
            }
            states.forEach(state -> state.deletedFlushed(true));
            return Mono.<Void>empty();
        });
    }
}
