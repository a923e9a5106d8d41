package io.retort.orm.internal.session;

import java.util.ArrayList;
import java.util.List;

import io.r2dbc.spi.Connection;
import io.retort.orm.internal.PropertyMapping;
import io.retort.sql.Executable;
import io.retort.sql.Expr;
import io.retort.sql.Sql;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Runs the statements relationship flushing writes, on the flush's connection, one after another. */
final class FlushStatements {

    private FlushStatements() {
    }

    static Mono<Long> run(SessionCore core, Connection connection, List<? extends Executable> statements) {
        return Flux.fromIterable(statements)
                .concatMap(statement -> Flux.fromIterable(core.compile(statement)))
                .concatMap(compiled -> core.runtime().executor().update(connection, compiled))
                .reduce(0L, Long::sum);
    }

    /** {@code id = key} for every key column of {@code state}'s object. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Expr<Boolean> keyOf(InstanceState state) {
        List<Expr<Boolean>> conditions = new ArrayList<>();
        for (PropertyMapping id : state.mapping().ids()) {
            conditions.add(((Expr) id.columnRef()).eq(id.get(state.entity())));
        }
        return Sql.and(conditions.toArray(Expr[]::new));
    }
}
