package io.retort.orm.internal.loading;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.r2dbc.spi.Readable;
import io.retort.internal.engine.SqlStatement;
import io.retort.orm.internal.session.SessionCore;
import io.retort.sql.Expr;
import io.retort.sql.Select;

import reactor.core.publisher.Flux;

/**
 * Runs a select-in SELECT once per key condition (and once per statement the compiler splits a
 * long {@code IN} list into), on the session's connection, one after the other.
 */
final class SelectStatements {

    private SelectStatements() {
    }

    /** Rows of {@code select} filtered by each of {@code conditions}, each mapped while valid. */
    static <T> Flux<T> run(SessionCore core, Select select, List<Expr<Boolean>> conditions,
            Function<Readable, T> mapper) {
        if (conditions.isEmpty()) {
            return Flux.empty();
        }
        return core.withReadConnection(connection -> {
            List<SqlStatement> statements = new ArrayList<>(conditions.size());
            for (Expr<Boolean> condition : conditions) {
                statements.addAll(core.compile(select.where(condition)));
            }
            // One statement (the usual case) streams its rows with no operator in between: rows
            // are many, and each operator costs every row a call.
            if (statements.size() == 1) {
                return core.runtime().executor().query(connection, statements.get(0), (row, metadata) -> mapper.apply(row));
            }
            return Flux.fromIterable(statements).concatMap(statement -> core.runtime().executor()
                    .<T>query(connection, statement, (row, metadata) -> mapper.apply(row)));
        }).name("retort.selectin");
    }
}
