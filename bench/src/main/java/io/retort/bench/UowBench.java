package io.retort.bench;

import static io.retort.sql.Sql.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionFactoryProvider;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.retort.Engine;
import io.retort.orm.Metadata;
import io.retort.orm.SessionFactory;

import reactor.core.publisher.Mono;

/**
 * The unit of work against raw R2DBC on the same two workloads, on PostgreSQL and MariaDB: one
 * session adds 10,000 new objects with generated keys and commits; one session loads 1,000,
 * changes one field of each and commits. Prints medians of interleaved runs, the ratio to raw
 * and the statements each side sent (Retort's counted by an engine listener).
 */
final class UowBench implements Bench {

    private static final int INSERTS = 10_000;
    private static final int UPDATES = 1_000;
    private static final int WARMUPS = 30;
    private static final int RUNS = 41;
    /**
     * A load+update takes a few milliseconds and runs the per-flush code once, so that code needs
     * hundreds of runs before the JIT has compiled it as a server running it all day would.
     */
    private static final int UPDATE_WARMUPS = 400;
    private static final int UPDATE_RUNS = 101;
    private static final int POOL = 4;

    @Override
    public void run() {
        System.out.printf("%-11s %-22s %10s %10s %7s %10s %10s%n", "database", "workload", "retort ms", "raw ms",
                "ratio", "retort st", "raw st");
        for (Map.Entry<String, String> database : BenchDatabases.networked().entrySet()) {
            measure(database.getKey(), database.getValue());
        }
    }

    private static void measure(String name, String url) {
        AtomicLong retortStatements = new AtomicLong();
        Engine engine = Engine.builder(url).poolSize(POOL)
                .listener((sql, parameters) -> retortStatements.incrementAndGet()).build();
        Metadata metadata = Metadata.of(UowBenchItem.class);
        metadata.dropAll(engine).then(metadata.createAll(engine)).block();
        UowRetortWorkload retort = new UowRetortWorkload(SessionFactory.of(engine, metadata));
        boolean postgres = engine.dialect().name().equals("postgresql");
        ConnectionPool pool = rawPool(url, postgres);
        UowRawWorkload raw = new UowRawWorkload(pool, postgres);
        Supplier<Mono<Long>> reset = () -> engine.executeUpdate(text(postgres
                ? "TRUNCATE uow_bench_items RESTART IDENTITY" : "TRUNCATE TABLE uow_bench_items"));

        List<Long> retortInsert = new ArrayList<>();
        List<Long> rawInsert = new ArrayList<>();
        List<Long> retortUpdate = new ArrayList<>();
        List<Long> rawUpdate = new ArrayList<>();
        long[] statements = new long[4];
        // Inserts first, then updates on the 10,000 rows the last insert left: each measured run is
        // preceded by the same kind of work, so garbage one client leaves is not timed on the other.
        for (int run = 0; run < WARMUPS + RUNS; run++) {
            boolean counted = run == WARMUPS;
            reset.get().block();
            long before = retortStatements.get();
            record(run, WARMUPS, retortInsert, () -> retort.insert(INSERTS));
            statements[0] = counted ? retortStatements.get() - before : statements[0];
            reset.get().block();
            before = raw.statements();
            record(run, WARMUPS, rawInsert, () -> raw.insert(INSERTS));
            statements[1] = counted ? raw.statements() - before : statements[1];
        }
        for (int run = 0; run < UPDATE_WARMUPS + UPDATE_RUNS; run++) {
            boolean counted = run == UPDATE_WARMUPS;
            long before = retortStatements.get();
            record(run, UPDATE_WARMUPS, retortUpdate, () -> retort.update(UPDATES));
            statements[2] = counted ? retortStatements.get() - before : statements[2];
            before = raw.statements();
            record(run, UPDATE_WARMUPS, rawUpdate, () -> raw.update(UPDATES));
            statements[3] = counted ? raw.statements() - before : statements[3];
        }
        report(name, "insert 10,000 (keys)", retortInsert, rawInsert, statements[0], statements[1]);
        report(name, "load+update 1,000", retortUpdate, rawUpdate, statements[2], statements[3]);
        pool.dispose();
        metadata.dropAll(engine).then(engine.dispose()).block();
    }

    private static void record(int run, int warmups, List<Long> times, Supplier<Mono<?>> work) {
        long start = System.nanoTime();
        work.get().block();
        long micros = (System.nanoTime() - start) / 1_000;
        if (run >= warmups) {
            times.add(micros);
        }
    }

    private static void report(String database, String workload, List<Long> retort, List<Long> raw,
            long retortStatements, long rawStatements) {
        double retortMs = median(retort) / 1000.0;
        double rawMs = median(raw) / 1000.0;
        System.out.printf("%-11s %-22s %10.1f %10.1f %6.2fx %10d %10d%n", database, workload, retortMs, rawMs,
                retortMs / rawMs, retortStatements, rawStatements);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static ConnectionPool rawPool(String url, boolean postgres) {
        ConnectionFactoryOptions.Builder options = ConnectionFactoryOptions.parse(
                "r2dbc:" + url.replace("mariadb:", "mysql:")).mutate();
        if (postgres) {
            options.option(PostgresqlConnectionFactoryProvider.FORCE_BINARY, true);
        }
        return new ConnectionPool(ConnectionPoolConfiguration.builder(ConnectionFactories.get(options.build()))
                .initialSize(POOL).maxSize(POOL).build());
    }
}
