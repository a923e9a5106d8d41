package io.retort.orm.internal.query;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import io.r2dbc.spi.Connection;
import io.retort.internal.engine.SqlStatement;
import io.retort.orm.internal.session.StreamRelease;
import io.retort.sql.Row;
import io.retort.sql.Select;
import io.retort.sql.Sql;

import org.jspecify.annotations.Nullable;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The terminal operations of a query, each one guarded pipeline on the session's connection:
 * {@code all}, {@code first}, {@code one}, {@code oneOrNone}, {@code count}, {@code exists},
 * {@code scalar} and {@code page}.
 */
public final class QueryTerminals {

    private final QueryRunner runner;
    private final QuerySpec spec;
    private final Supplier<List<SqlStatement>> compiled;

    public QueryTerminals(QueryRunner runner, QuerySpec spec, Supplier<List<SqlStatement>> compiled) {
        this.runner = runner;
        this.spec = spec;
        this.compiled = compiled;
    }

    public Flux<Object> all() {
        Function<Connection, Flux<Object>> work = connection -> runner.results(connection, spec, compiled.get());
        Flux<Object> all = runner.readsInTransaction(spec) ? runner.run("query.all", work) : runner.read("query.all", work);
        return (spec.entityResult() ? StreamRelease.track(runner.core(), all) : all).name("retort.query");
    }

    public Mono<Object> first() {
        return runner.read("query.first", connection -> limited(connection, 1)).singleOrEmpty();
    }

    /** The only result; an error when there are none or several, saying how many. */
    public Mono<Object> one(boolean noneAllowed) {
        String operation = noneAllowed ? "oneOrNone()" : "one()";
        if (pinnedToOneKey()) {
            // At most one row can match: the first is the only one, no list to collect and count.
            Mono<Object> found = runner.read("query." + operation, connection -> limited(connection, 1)).next();
            return noneAllowed ? found : found.switchIfEmpty(Mono.error(() -> noneFound(operation)));
        }
        return runner.read("query." + operation, connection -> limited(connection, 2).collectList()
                .flatMap(found -> {
                    if (found.size() == 1) {
                        return Mono.just(found.get(0));
                    }
                    if (found.isEmpty()) {
                        return noneAllowed ? Mono.empty() : Mono.error(noneFound(operation));
                    }
                    return runner.count(connection, spec).flatMap(total -> Mono.error(new IllegalStateException(
                            "Query." + operation + " expected " + (noneAllowed ? "at most" : "exactly") + " one row but"
                                    + " found " + total + " [" + describe() + "]; use first() or all(), or filter"
                                    + " further")));
                })).singleOrEmpty();
    }

    public Mono<Long> count() {
        return runner.read("query.count", connection -> runner.count(connection, spec)).single();
    }

    public Mono<Boolean> exists() {
        return runner.read("query.exists", connection -> {
            if (spec.text() != null) {
                return runner.results(connection, spec, List.of()).hasElements();
            }
            Select probe = SelectBuilder.build(spec, List.of(Sql.literal(1)), List.of(), 1L, spec.offset());
            return Flux.fromIterable(runner.core().compile(probe))
                    .concatMap(statement -> runner.core().runtime().executor().query(connection, statement,
                            (row, metadata) -> Boolean.TRUE))
                    .hasElements();
        }).single();
    }

    /** The first value of the first row (the entity itself for an entity query); empty when there are no rows. */
    public Mono<Object> scalar() {
        return first().mapNotNull(QueryTerminals::firstValue);
    }

    /** Page {@code number} (from 1) of {@code size} rows, with the total count. */
    public Mono<io.retort.orm.Page<Object>> page(int number, int size) {
        return runner.read("query.page", connection -> runner.count(connection, spec)
                .flatMap(total -> {
                    QuerySpec slice = spec.withPaging((long) size, (long) (number - 1) * size);
                    return runner.results(connection, slice, runner.compile(slice)).collectList()
                            .map(items -> new io.retort.orm.Page<>(items, total, number, size));
                })).single();
    }

    private Flux<Object> limited(Connection connection, long rows) {
        long limit = spec.limit() == null ? rows : Math.min(rows, spec.limit());
        if (spec.text() != null) {
            return runner.results(connection, spec, List.of()).take(limit, true);
        }
        // A query pinned to one key needs no LIMIT: it then runs the SELECT session.get runs.
        QuerySpec narrowed = pinnedToOneKey() ? spec : spec.withPaging(limit, spec.offset());
        return runner.results(connection, narrowed, runner.compile(narrowed));
    }

    private IllegalStateException noneFound(String operation) {
        return new IllegalStateException("Query." + operation + " expected exactly one row but found none ["
                + describe() + "]");
    }

    /** Whether the query can return at most one row as it stands (its key pinned, no paging, not raw SQL). */
    private boolean pinnedToOneKey() {
        return spec.text() == null && spec.limit() == null && spec.offset() == null && OneRowQueries.atMostOneRow(spec);
    }

    private static @Nullable Object firstValue(Object result) {
        return result instanceof Row row ? row.get(0) : result;
    }

    private String describe() {
        return spec.text() != null ? spec.text().sql() : String.valueOf(spec.selections().stream()
                .map(Selection::key).toList());
    }
}
