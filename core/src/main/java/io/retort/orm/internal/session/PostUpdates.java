package io.retort.orm.internal.session;

import java.util.ArrayList;
import java.util.List;

import io.retort.orm.internal.PropertyMapping;
import io.retort.sql.Expr;
import io.retort.sql.Sql;
import io.retort.sql.Update;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Foreign keys that close a cycle (a row referring to itself, or to a row inserted after it):
 * inserted as NULL, then set by one UPDATE per row once every new object has its key, as
 * SQLAlchemy's {@code post_update} does.
 */
final class PostUpdates {

    private record Pending(InstanceState state, List<ForeignKeyValues.JoinColumn> columns) {
    }

    private final List<Pending> pending = new ArrayList<>();

    void add(InstanceState state, List<ForeignKeyValues.JoinColumn> columns) {
        pending.add(new Pending(state, List.copyOf(columns)));
    }

    /** Sets every deferred foreign key. */
    Mono<Void> write(FlushContext context) {
        return Flux.defer(() -> Flux.fromIterable(List.copyOf(pending)))
                .concatMap(item -> update(context, item))
                .then(Mono.fromRunnable(pending::clear));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Mono<Void> update(FlushContext context, Pending item) {
        Object entity = item.state().entity();
        ForeignKeyValues.syncFields(entity, item.columns());
        Update update = Sql.update(item.state().mapping().tableRef());
        for (ForeignKeyValues.JoinColumn join : item.columns()) {
            update = update.set((Expr) join.column(), ForeignKeyValues.hiddenValue(entity, join));
        }
        List<Expr<Boolean>> key = new ArrayList<>();
        for (PropertyMapping id : item.state().mapping().ids()) {
            key.add(((Expr) id.columnRef()).eq(id.get(entity)));
        }
        return context.update(update.where(key.toArray(Expr[]::new)))
                .then(Mono.fromRunnable(item.state()::snapshot));
    }
}
