package io.retort.bench;

import java.util.ArrayList;
import java.util.List;

import io.retort.internal.engine.SqlStatement;
import io.retort.orm.Session;
import io.retort.orm.SessionFactory;
import io.retort.orm.internal.session.SessionAccess;
import io.retort.orm.internal.session.SessionCore;
import io.retort.sql.Expr;
import io.retort.sql.Sql;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The unit-of-work benchmark through Retort: a session adds new objects and commits; a session
 * loads objects (one SELECT hydrated through the session's identity map, standing in for the
 * query API), changes one field of each and commits.
 */
final class UowRetortWorkload {

    private final SessionFactory sessions;

    UowRetortWorkload(SessionFactory sessions) {
        this.sessions = sessions;
    }

    /** Adds {@code count} new items in one session and commits; gives the last generated id. */
    Mono<Long> insert(int count) {
        return sessions.inTransaction(session -> {
            List<UowBenchItem> items = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                items.add(new UowBenchItem("item" + i, i, "note " + i));
            }
            session.addAll(items);
            return session.flush().then(Mono.fromCallable(() -> items.get(count - 1).id));
        });
    }

    /** Loads the first {@code count} items, adds one to each quantity and commits. */
    Mono<Integer> update(int count) {
        return sessions.inTransaction(session -> load(session, count)
                .doOnNext(item -> item.quantity = item.quantity + 1)
                .count()
                .map(Long::intValue));
    }

    private static Flux<UowBenchItem> load(Session session, int count) {
        SessionCore core = SessionAccess.core(session);
        var mapping = core.model().mapping(UowBenchItem.class);
        List<Expr<?>> columns = new ArrayList<>();
        mapping.properties().forEach(property -> columns.add(property.columnRef()));
        @SuppressWarnings("unchecked")
        Expr<Long> id = (Expr<Long>) mapping.ids().get(0).columnRef();
        SqlStatement select = core.compile(Sql.select(columns.toArray(Expr[]::new)).from(mapping.tableRef())
                .where(id.le((long) count)).orderBy(id.asc())).get(0);
        var binding = core.bindings().of(UowBenchItem.class);
        return core.autoflush().thenMany(core.withConnection(connection -> core.runtime().executor()
                .query(connection, select, (row, metadata) -> (UowBenchItem) core.hydrator().hydrate(row, 0, binding))));
    }
}
