package io.retort.bench;

import static io.retort.orm.Orm.selectinload;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.retort.Engine;
import io.retort.orm.Metadata;
import io.retort.orm.RelationshipAttribute;
import io.retort.orm.Session;
import io.retort.orm.SessionFactory;

import reactor.core.publisher.Mono;

/**
 * Loads 1,000 authors, their 10,000 books and each book's 3 tags (30,000 links over 100 tags) as
 * an object graph: Retort ({@code session.query(GraphAuthor.class).options(selectinload(books)
 * .selectinload(tags)).all()}) against hand-written batched R2DBC, interleaved,
 * medians of 41 runs after 15 warm-ups each.
 */
final class GraphBench implements Bench {

    private static final int AUTHORS = 1_000;
    private static final int BOOKS_PER_AUTHOR = 10;
    private static final int TAGS = 100;
    private static final int WARMUPS = 15;
    private static final int RUNS = 41;

    private static final RelationshipAttribute<GraphAuthor, GraphBook> BOOKS =
            RelationshipAttribute.of(GraphAuthor.class, "books", GraphBook.class);
    private static final RelationshipAttribute<GraphBook, GraphTag> TAGS_OF =
            RelationshipAttribute.of(GraphBook.class, "tags", GraphTag.class);

    private final Metadata metadata = Metadata.of(GraphAuthor.class, GraphBook.class, GraphTag.class);

    @Override
    public void run() {
        System.out.printf("%-11s %-7s %10s %10s %8s%n", "database", "client", "statements", "median ms", "ratio");
        for (var database : BenchDatabases.networked().entrySet()) {
            AtomicInteger statements = new AtomicInteger();
            Engine engine = Engine.builder(database.getValue()).poolSize(2)
                    .listener((sql, parameters) -> statements.incrementAndGet()).build();
            metadata.dropAll(engine).then(metadata.createAll(engine)).block();
            ConnectionFactory raw = ConnectionFactories.get(ConnectionFactoryOptions.parse(
                    "r2dbc:" + database.getValue().replace("mariadb:", "mysql:")));
            Connection connection = Mono.from(raw.create()).block();
            GraphData.insert(connection, AUTHORS, BOOKS_PER_AUTHOR, TAGS).block();
            SessionFactory sessions = SessionFactory.of(engine, metadata);
            GraphRaw hand = new GraphRaw(database.getKey().equals("postgresql"));
            Supplier<List<GraphAuthor>> retort = () -> sessions.inSession(this::queryGraph).block();
            Supplier<List<GraphAuthor>> handWritten = () -> hand.load(connection).block();
            check(retort.get());
            check(handWritten.get());
            for (int i = 0; i < WARMUPS; i++) {
                retort.get();
                handWritten.get();
            }
            long[] retortTimes = new long[RUNS];
            long[] rawTimes = new long[RUNS];
            int perLoad = 0;
            for (int i = 0; i < RUNS; i++) {
                statements.set(0);
                retortTimes[i] = time(retort);
                perLoad = statements.get();
                rawTimes[i] = time(handWritten);
            }
            double retortMedian = median(retortTimes);
            double rawMedian = median(rawTimes);
            System.out.printf("%-11s %-7s %10d %10.1f %8.2f%n", database.getKey(), "retort", perLoad, retortMedian,
                    retortMedian / rawMedian);
            System.out.printf("%-11s %-7s %10d %10.1f %8.2f%n", database.getKey(), "raw", 3, rawMedian, 1.0);
            Mono.from(connection.close()).block();
            metadata.dropAll(engine).then(engine.dispose()).block();
        }
    }

    /** What a user writes: the authors with both relationship paths loaded by select-in. */
    private Mono<List<GraphAuthor>> queryGraph(Session session) {
        return session.query(GraphAuthor.class).options(selectinload(BOOKS).selectinload(TAGS_OF)).all().collectList();
    }

    private static void check(List<GraphAuthor> authors) {
        int links = 0;
        List<Integer> sizes = new ArrayList<>();
        for (GraphAuthor author : authors) {
            sizes.add(author.books.size());
            for (GraphBook book : author.books) {
                links += book.tags.size();
            }
        }
        if (authors.size() != AUTHORS || links != AUTHORS * BOOKS_PER_AUTHOR * 3) {
            throw new IllegalStateException("Graph incomplete: " + authors.size() + " authors, " + links + " links");
        }
    }

    private static long time(Supplier<?> work) {
        long start = System.nanoTime();
        work.get();
        return System.nanoTime() - start;
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1_000_000.0;
    }
}
