package io.retort.bench;

import static io.retort.sql.Sql.insert;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import io.retort.Engine;
import io.retort.orm.Metadata;
import io.retort.orm.SessionFactory;
import io.retort.sql.internal.TableRef;

import reactor.core.publisher.Flux;

/**
 * Retort's query against raw R2DBC: 200,000 rows streamed into objects, and 20,000 primary-key
 * lookups 32 at a time on a pool of 16; medians of {@value #RUNS} rounds after a warm-up (and the
 * mean collection time during each workload, which lands on whichever workload is running), each
 * round running every workload once in a shuffled order (so a collection one workload's garbage
 * triggers, or a compilation, does not always land on the workload after it). The
 * environment variables {@code QUERY_BENCH_ONLY} (a workload name prefix, e.g. {@code stream})
 * and {@code QUERY_BENCH_DATABASES} ({@code postgresql,mariadb}) narrow a run.
 */
final class QueryBench implements Bench {

    private static final int ROWS = 200_000;
    private static final int LOOKUPS = 20_000;
    private static final int CONCURRENCY = 32;
    private static final int POOL = 16;
    private static final int RUNS = 15;

    @Override
    public void run() {
        System.out.printf("%-11s %-44s %10s %12s %8s%n", "database", "workload", "median ms", "per second", "gc ms");
        String databases = System.getenv().getOrDefault("QUERY_BENCH_DATABASES", "postgresql,mariadb");
        for (Map.Entry<String, String> database : BenchDatabases.networked().entrySet()) {
            if (!databases.contains(database.getKey())) {
                continue;
            }
            Engine engine = Engine.builder(database.getValue()).poolSize(POOL).build();
            engine.warmup().block();
            Metadata metadata = Metadata.of(QueryBenchItem.class);
            fill(engine, metadata);
            SessionFactory sessions = SessionFactory.of(engine, metadata);
            QueryBenchRaw raw = new QueryBenchRaw(database.getValue(), POOL);
            String db = database.getKey();
            Map<String, LongSupplier> workloads = new java.util.LinkedHashMap<>();
            workloads.put("stream 200k: raw r2dbc (tx, fetch 2000 on pg)", () -> raw.stream(2000));
            workloads.put("stream 200k: raw r2dbc (tx, no fetch size)", () -> raw.stream(0));
            workloads.put("stream 200k: retort query(..).all()", () -> sessions.inSession(session ->
                    session.query(QueryBenchItem.class).all().count()).block());
            workloads.put("lookups: raw r2dbc (autocommit)", () -> lookups(id -> raw.lookup(id, false)));
            workloads.put("lookups: raw r2dbc (BEGIN..ROLLBACK)", () -> lookups(id -> raw.lookup(id, true)));
            workloads.put("lookups: retort session per lookup", () -> lookups(id -> sessions.inSession(session ->
                    session.query(QueryBenchItem.class).filter(QueryBenchItem_.id.eq(id)).one())));
            workloads.put("lookups: retort session.get per lookup", () -> lookups(id -> sessions.inSession(session ->
                    session.get(QueryBenchItem.class, id))));
            workloads.put("lookups: retort empty session + engine", () -> lookups(id -> sessions.inSession(session ->
                    engine.execute(io.retort.sql.Sql.text("SELECT id FROM q_bench_items WHERE id = :id").bind("id", id))
                            .map(row -> new QueryBenchItem()).next())));
            workloads.put("lookups: retort engine.execute (rows)", () -> lookups(id -> engine.execute(
                    io.retort.sql.Sql.text("SELECT id, name, payload, score, active FROM q_bench_items WHERE id = :id")
                            .bind("id", id)).map(row -> {
                                QueryBenchItem item = new QueryBenchItem();
                                item.id = row.get(0, Long.class);
                                return item;
                            }).next()));
            workloads.put("lookups: retort session per worker (32)", () -> workerLookups(sessions));
            Map<String, long[]> times = new java.util.LinkedHashMap<>();
            Map<String, Long> pauses = new java.util.HashMap<>();
            String only = System.getenv().getOrDefault("QUERY_BENCH_ONLY", "");
            workloads.keySet().removeIf(name -> !name.startsWith(only));
            workloads.forEach((name, work) -> work.getAsLong());
            List<String> order = new ArrayList<>(workloads.keySet());
            java.util.Random shuffle = new java.util.Random(RUNS);
            for (int run = 0; run < RUNS; run++) {
                java.util.Collections.shuffle(order, shuffle);
                for (String name : order) {
                    long collecting = collectionMillis();
                    long start = System.nanoTime();
                    workloads.get(name).getAsLong();
                    times.computeIfAbsent(name, key -> new long[RUNS])[run] = System.nanoTime() - start;
                    pauses.merge(name, collectionMillis() - collecting, Long::sum);
                }
            }
            for (String name : workloads.keySet()) {
                long[] sorted = times.get(name).clone();
                Arrays.sort(sorted);
                double ms = sorted[RUNS / 2] / 1e6;
                int count = name.startsWith("stream") ? ROWS : LOOKUPS;
                System.out.printf("%-11s %-44s %10.1f %12.0f %8.1f%n", db, name, ms, count / (ms / 1000),
                        pauses.get(name) / (double) RUNS);
            }
            raw.dispose();
            engine.dispose().block();
        }
    }

    /** Milliseconds the JVM's collectors have spent so far (pauses, mostly: G1's concurrent work is not counted). */
    private static long collectionMillis() {
        long millis = 0;
        for (java.lang.management.GarbageCollectorMXBean collector
                : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            millis += Math.max(0, collector.getCollectionTime());
        }
        return millis;
    }

    private static long lookups(java.util.function.LongFunction<org.reactivestreams.Publisher<QueryBenchItem>> one) {
        return Flux.range(0, LOOKUPS)
                .flatMap(i -> one.apply(1L + (i * 7919L) % ROWS), CONCURRENCY)
                .count().block();
    }

    private static long workerLookups(SessionFactory sessions) {
        int perWorker = LOOKUPS / CONCURRENCY;
        return Flux.range(0, CONCURRENCY)
                .flatMap(worker -> sessions.inSession(session -> Flux.range(0, perWorker)
                        .concatMap(i -> session.query(QueryBenchItem.class)
                                .filter(QueryBenchItem_.id.eq(1L + ((worker * perWorker + i) * 7919L) % ROWS)).one())
                        .count()), CONCURRENCY)
                .reduce(0L, Long::sum).block();
    }

    private static void fill(Engine engine, Metadata metadata) {
        Long present = engine.execute(io.retort.sql.Sql.text("select count(*) from q_bench_items"))
                .map(row -> row.get(0, Long.class)).onErrorReturn(-1L).blockFirst();
        if (present != null && present == ROWS) {
            return;
        }
        metadata.dropAll(engine).then(metadata.createAll(engine)).block();
        for (int start = 0; start < ROWS; start += 10_000) {
            List<List<?>> rows = new ArrayList<>();
            for (int i = start; i < start + 10_000; i++) {
                rows.add(List.of((long) i + 1, "item " + i, "x".repeat(80) + i, i % 1000, i % 2 == 0));
            }
            engine.executeUpdate(insert(TableRef.of("q_bench_items")).columns(QueryBenchItem_.id, QueryBenchItem_.name,
                    QueryBenchItem_.payload, QueryBenchItem_.score, QueryBenchItem_.active).rows(rows)).block();
        }
    }
}
