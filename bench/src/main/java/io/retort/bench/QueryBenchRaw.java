package io.retort.bench;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.Row;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The query benchmark's workloads written by hand on io.r2dbc.spi, as the baseline. */
final class QueryBenchRaw {

    private static final String COLUMNS = "id, name, payload, score, active";

    private final ConnectionPool pool;
    private final boolean postgres;

    QueryBenchRaw(String url, int poolSize) {
        this.postgres = url.startsWith("postgres");
        String r2dbc = "r2dbc:" + url.replace("mariadb:", "mysql:").replace("postgresql:", "postgresql:")
                + (postgres ? (url.contains("?") ? "&" : "?") + "forceBinary=true" : "");
        ConnectionFactory factory = ConnectionFactories.get(ConnectionFactoryOptions.parse(r2dbc));
        this.pool = new ConnectionPool(ConnectionPoolConfiguration.builder(factory).initialSize(poolSize)
                .maxSize(poolSize).build());
        pool.warmup().block();
    }

    /** Streams every row into objects in one transaction (fetch size 2000 on PostgreSQL, as Retort does). */
    long stream(int fetchSize) {
        return Flux.usingWhen(pool.create(),
                        c -> Mono.from(c.beginTransaction()).thenMany(Flux.from(select(c, fetchSize).execute())
                                .concatMap(result -> result.map((row, metadata) -> item(row)))),
                        c -> Mono.from(c.rollbackTransaction()).then(Mono.from(c.close())))
                .count().block();
    }

    private io.r2dbc.spi.Statement select(Connection c, int fetchSize) {
        io.r2dbc.spi.Statement statement = c.createStatement("SELECT " + COLUMNS + " FROM q_bench_items");
        return postgres && fetchSize > 0 ? statement.fetchSize(fetchSize) : statement;
    }

    /** One primary-key lookup on its own pooled connection, autocommit, optionally inside BEGIN/ROLLBACK. */
    Mono<QueryBenchItem> lookup(long id, boolean transaction) {
        return Mono.usingWhen(pool.create(),
                c -> (transaction ? Mono.from(c.beginTransaction()) : Mono.<Void>empty())
                        .then(Mono.from(c.createStatement("SELECT " + COLUMNS + " FROM q_bench_items WHERE id = "
                                + (postgres ? "$1" : "?")).bind(0, id).execute()))
                        .flatMap(result -> Mono.from(result.map((row, metadata) -> item(row)))),
                c -> (transaction ? Mono.from(c.rollbackTransaction()) : Mono.<Void>empty()).then(Mono.from(c.close())));
    }

    void dispose() {
        pool.dispose();
    }

    private static QueryBenchItem item(Row row) {
        QueryBenchItem item = new QueryBenchItem();
        item.id = row.get(0, Long.class);
        item.name = row.get(1, String.class);
        item.payload = row.get(2, String.class);
        item.score = row.get(3, Integer.class);
        item.active = row.get(4, Boolean.class);
        return item;
    }
}
