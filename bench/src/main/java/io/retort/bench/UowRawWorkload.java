package io.retort.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.Statement;

import org.reactivestreams.Publisher;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The unit-of-work benchmark in raw R2DBC with hand-written SQL in the fastest batched form
 * PERF-NOTES measured: on PostgreSQL one {@code INSERT .. SELECT * FROM unnest(..) RETURNING id}
 * and one {@code UPDATE .. FROM unnest(..)}; on MariaDB multi-row VALUES of 100 rows with the
 * driver's generated keys and one UPDATE joined to a UNION ALL list.
 */
final class UowRawWorkload {

    private static final int MARIADB_ROWS_PER_INSERT = 100;

    private final ConnectionPool pool;
    private final boolean postgres;
    private final AtomicLong statements = new AtomicLong();

    UowRawWorkload(ConnectionPool pool, boolean postgres) {
        this.pool = pool;
        this.postgres = postgres;
    }

    /** Statements sent so far. */
    long statements() {
        return statements.get();
    }

    private Statement statement(Connection connection, String sql) {
        statements.incrementAndGet();
        return connection.createStatement(sql);
    }

    private <T> Mono<T> inTransaction(Function<Connection, Mono<T>> work) {
        return Mono.usingWhen(Mono.from(pool.create()),
                connection -> Mono.from(connection.beginTransaction()).then(work.apply(connection))
                        .flatMap(value -> Mono.from(connection.commitTransaction()).thenReturn(value)),
                Connection::close,
                (connection, error) -> Mono.from(connection.rollbackTransaction()).then(Mono.from(connection.close())),
                connection -> Mono.from(connection.rollbackTransaction()).then(Mono.from(connection.close())));
    }

    /** Inserts {@code count} rows and reads their ids back; gives the last id. */
    Mono<Long> insert(int count) {
        return inTransaction(connection -> postgres ? insertUnnest(connection, count) : insertValues(connection, count));
    }

    private Mono<Long> insertUnnest(Connection connection, int count) {
        String[] names = new String[count];
        Integer[] quantities = new Integer[count];
        String[] notes = new String[count];
        for (int i = 0; i < count; i++) {
            names[i] = "item" + i;
            quantities[i] = i;
            notes[i] = "note " + i;
        }
        Statement insert = statement(connection, "INSERT INTO uow_bench_items (name, quantity, note)"
                + " SELECT * FROM unnest($1::varchar[], $2::int4[], $3::varchar[]) RETURNING id")
                .bind(0, names).bind(1, quantities).bind(2, notes);
        return rows(insert, row -> row.get(0, Long.class)).last();
    }

    private Mono<Long> insertValues(Connection connection, int count) {
        return Flux.range(0, (count + MARIADB_ROWS_PER_INSERT - 1) / MARIADB_ROWS_PER_INSERT)
                .concatMap(chunk -> {
                    int from = chunk * MARIADB_ROWS_PER_INSERT;
                    int to = Math.min(count, from + MARIADB_ROWS_PER_INSERT);
                    StringBuilder sql = new StringBuilder("INSERT INTO uow_bench_items (name, quantity, note) VALUES ");
                    for (int i = from; i < to; i++) {
                        sql.append(i == from ? "(?, ?, ?)" : ", (?, ?, ?)");
                    }
                    Statement insert = statement(connection, sql.toString()).returnGeneratedValues("id");
                    int index = 0;
                    for (int i = from; i < to; i++) {
                        insert.bind(index++, "item" + i).bind(index++, i).bind(index++, "note " + i);
                    }
                    return rows(insert, row -> row.get(0, Long.class));
                })
                .last();
    }

    /** Loads the first {@code count} rows, adds one to each quantity and writes them back in one UPDATE. */
    Mono<Integer> update(int count) {
        return inTransaction(connection -> rows(statement(connection, "SELECT id, name, quantity, note FROM"
                        + " uow_bench_items WHERE id <= " + (postgres ? "$1" : "?") + " ORDER BY id").bind(0, (long) count),
                row -> {
                    UowBenchItem item = new UowBenchItem(row.get(1, String.class), row.get(2, Integer.class),
                            row.get(3, String.class));
                    item.id = row.get(0, Long.class);
                    return item;
                })
                .collectList()
                .flatMap(items -> {
                    items.forEach(item -> item.quantity = item.quantity + 1);
                    return rows(postgres ? updateUnnest(connection, items) : updateJoin(connection, items), row -> 0)
                            .then(Mono.just(items.size()));
                }));
    }

    private Statement updateUnnest(Connection connection, List<UowBenchItem> items) {
        Long[] ids = new Long[items.size()];
        Integer[] quantities = new Integer[items.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = items.get(i).id;
            quantities[i] = items.get(i).quantity;
        }
        return statement(connection, "UPDATE uow_bench_items SET quantity = v.quantity FROM unnest($1::int8[],"
                + " $2::int4[]) AS v(id, quantity) WHERE uow_bench_items.id = v.id").bind(0, ids).bind(1, quantities);
    }

    private Statement updateJoin(Connection connection, List<UowBenchItem> items) {
        StringBuilder sql = new StringBuilder("UPDATE uow_bench_items JOIN (");
        for (int i = 0; i < items.size(); i++) {
            sql.append(i == 0 ? "SELECT ? AS id, ? AS quantity" : " UNION ALL SELECT ?, ?");
        }
        sql.append(") AS v ON uow_bench_items.id = v.id SET uow_bench_items.quantity = v.quantity");
        Statement update = statement(connection, sql.toString());
        List<Object> values = new ArrayList<>();
        items.forEach(item -> {
            values.add(item.id);
            values.add(item.quantity);
        });
        for (int i = 0; i < values.size(); i++) {
            update.bind(i, values.get(i));
        }
        return update;
    }

    private static <T> Flux<T> rows(Statement statement, Function<io.r2dbc.spi.Row, T> mapper) {
        Publisher<? extends io.r2dbc.spi.Result> results = statement.execute();
        return Flux.from(results).concatMap(result -> Flux.from(result.map((row, metadata) -> mapper.apply(row))));
    }
}
