package io.retort.schema.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.retort.Connection;
import io.retort.Engine;
import io.retort.internal.EngineAccess;
import io.retort.internal.engine.SqlStatement;
import io.retort.internal.engine.StatementExecutor;
import io.retort.sql.Row;
import io.retort.sql.RowReaders;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs DDL and catalog queries on a connection the caller holds. The SQL is sent as written
 * (no {@code :name} parsing), so server defaults and catalog SQL need no escaping.
 */
final class CatalogStatements {

    private final StatementExecutor executor;
    private final io.r2dbc.spi.Connection connection;

    CatalogStatements(Engine engine, Connection connection) {
        this.executor = EngineAccess.runtime(engine).executor();
        this.connection = connection.unwrap();
    }

    /** Runs {@code statements} one after another. */
    Mono<Void> run(List<String> statements) {
        return Flux.fromIterable(statements)
                .concatMap(sql -> executor.update(connection, SqlStatement.of(sql, List.of())))
                .then();
    }

    /** The rows of a parameterless catalog query. */
    Mono<List<Row>> rows(String sql) {
        return executor.query(connection, SqlStatement.of(sql, List.of()), RowReaders.reader()).collectList();
    }

    /** The names of the base tables of the current schema. */
    Mono<Set<String>> tableNames(CatalogQueries queries) {
        return rows(queries.tables()).map(rows -> {
            Set<String> names = new HashSet<>();
            rows.forEach(row -> names.add(row.get(0, String.class)));
            return names;
        });
    }
}
