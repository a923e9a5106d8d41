package io.retort.bench;

import static io.retort.sql.Sql.text;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.retort.Engine;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Shows on which event-loop threads 4,000 concurrent queries complete: Retort's warmed pool
 * against a raw r2dbc-pool with the drivers' default (colocated) loops, also warmed. The raw
 * pool falls into r2dbc-pool issue 190: every connection lands on the loop of the warming thread.
 */
final class PoolSpreadBench implements Bench {

    private static final int QUERIES = 4_000;
    private static final int CONCURRENCY = 64;
    private static final int POOL = 8;

    @Override
    public void run() {
        System.out.printf("%-11s %-7s %8s %8s  %s%n", "database", "client", "threads", "ms", "rows per thread");
        for (Map.Entry<String, String> database : BenchDatabases.networked().entrySet()) {
            Engine engine = Engine.builder(database.getValue()).poolSize(POOL).build();
            engine.warmup().block();
            measure(() -> engine.execute(text("select 1 as one")).then());
            report(database.getKey(), "retort", measure(() -> engine.execute(text("select 1 as one")).then()));
            engine.dispose().block();

            ConnectionPool raw = rawPool(database.getValue());
            raw.warmup().block();
            java.util.function.Supplier<Mono<Void>> rawQuery = () -> Flux.usingWhen(raw.create(),
                    c -> Flux.from(c.createStatement("select 1 as one").execute())
                            .concatMap(r -> r.map((row, meta) -> row.get(0))),
                    c -> c.close()).then();
            measure(rawQuery);
            report(database.getKey(), "raw", measure(rawQuery));
            raw.dispose();
        }
    }

    private static ConnectionPool rawPool(String url) {
        ConnectionFactory factory = ConnectionFactories.get(ConnectionFactoryOptions.parse(
                "r2dbc:" + url.replace("mariadb:", "mysql:")));
        return new ConnectionPool(ConnectionPoolConfiguration.builder(factory).initialSize(POOL).maxSize(POOL).build());
    }

    private record Result(Map<String, Long> perThread, long millis) {
    }

    private static Result measure(java.util.function.Supplier<Mono<Void>> query) {
        Map<String, LongAdder> threads = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        Flux.range(0, QUERIES)
                .flatMap(i -> query.get()
                        .doOnTerminate(() -> threads.computeIfAbsent(Thread.currentThread().getName(),
                                name -> new LongAdder()).increment()), CONCURRENCY)
                .blockLast();
        long millis = (System.nanoTime() - start) / 1_000_000;
        Map<String, Long> counts = new TreeMap<>();
        threads.forEach((name, count) -> counts.put(name, count.sum()));
        return new Result(counts, millis);
    }

    private static void report(String database, String client, Result result) {
        System.out.printf("%-11s %-7s %8d %8d  %s%n", database, client, result.perThread().size(), result.millis(),
                result.perThread());
    }
}
