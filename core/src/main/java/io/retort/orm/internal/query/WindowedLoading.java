package io.retort.orm.internal.query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.r2dbc.spi.Connection;
import io.retort.orm.internal.EntityMapping;
import io.retort.orm.internal.PropertyMapping;
import io.retort.orm.internal.loading.JoinedLoading;
import io.retort.orm.internal.loading.Loaders;
import io.retort.sql.SortKey;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs an entity query with loader options window by window. R2DBC cannot start a statement on a
 * connection while another's result is still being read, and the loaders need the session's
 * connection; so each window of {@value #WINDOW} parents is its own statement, read to the end,
 * then {@link Loaders#load} runs for the window, then the window is emitted. A window reads one
 * row more than it keeps, to know whether another follows without asking for an empty one, so
 * up to {@value #WINDOW} parents cost one statement plus one per relationship path. Without an ORDER BY
 * the windows follow the primary key (keyset: {@code WHERE id > :last ORDER BY id LIMIT n}), which
 * stays fast for any depth; with one, the key is added as a tie-breaker and windows are
 * LIMIT/OFFSET slices of that order (stable inside the session's transaction).
 */
final class WindowedLoading {

    /** Parents per window: one loader statement per relationship path per window. */
    static final int WINDOW = 1_000;

    private final QueryRunner runner;
    private final QuerySpec spec;
    private final EntityMapping root;
    private final boolean keyset;

    WindowedLoading(QueryRunner runner, QuerySpec spec) {
        this.runner = runner;
        this.spec = spec;
        this.root = ((Selection.Entity) spec.selections().get(0)).mapping();
        this.keyset = spec.orderBy().isEmpty();
    }

    /**
     * The query's entities, each window loaded before it is emitted; when joins load everything
     * the options ask for (and no LIMIT would cut a root's rows), one streamed statement instead.
     */
    Flux<Object> run(Connection connection) {
        JoinedLoading joins = JoinedLoading.plan(runner.core(), root.type(), spec.options());
        if (joins.coversPlan() && (!joins.repeatsRoots() || spec.limit() == null && spec.offset() == null)) {
            return joinedStream(connection, joins);
        }
        return window(connection, new Window(List.of(), true, 0))
                .expand(done -> done.more() ? window(connection, done) : Mono.empty())
                .concatMapIterable(Window::items);
    }

    /** Every root in key order (after the query's own order), each emitted once its last joined row is read. */
    private Flux<Object> joinedStream(Connection connection, JoinedLoading joins) {
        List<SortKey> order = new ArrayList<>(spec.orderBy());
        for (PropertyMapping id : root.ids()) {
            order.add(id.columnRef());
        }
        Flux<Object> roots = runner.joined(connection, spec.withOrder(order), joins);
        if (!joins.repeatsRoots()) {
            return roots;
        }
        return roots.bufferUntilChanged(Function.identity(), (a, b) -> a == b)
                .map(rows -> {
                    Object parent = rows.get(0);
                    joins.finish(parent);
                    return parent;
                });
    }

    private Mono<Window> window(Connection connection, Window previous) {
        long remaining = (spec.limit() == null ? Long.MAX_VALUE : spec.limit()) - previous.emitted();
        int keep = (int) Math.min(WINDOW, remaining);
        boolean lookahead = remaining > keep;
        QuerySpec next = nextSpec(previous, lookahead ? keep + 1 : keep);
        // Only references join here: one row per root, so the window's LIMIT counts roots.
        JoinedLoading joins = JoinedLoading.plan(runner.core(), root.type(), spec.options(), false);
        Flux<Object> rows = joins.empty() ? runner.stream(connection, next, runner.compile(next))
                : runner.joined(connection, next, joins);
        return Mono.defer(() -> rows.collectList())
                .flatMap(read -> {
                    boolean more = read.size() > keep;
                    // The row read ahead opens the next window, which loads its relationships.
                    List<Object> items = more ? read.subList(0, keep) : read;
                    return Loaders.load(runner.core(), root.type(), items, spec.options())
                            .thenReturn(new Window(items, more, previous.emitted() + items.size()));
                });
    }

    private QuerySpec nextSpec(Window previous, long rows) {
        List<SortKey> order = new ArrayList<>(spec.orderBy());
        for (PropertyMapping id : root.ids()) {
            order.add(id.columnRef());
        }
        QuerySpec next = spec.withOrder(order);
        if (keyset) {
            if (!previous.items().isEmpty()) {
                next = next.withWhere(List.of(Keysets.after(order, Keysets.values(order,
                        previous.items().get(previous.items().size() - 1)))));
                return next.withPaging(rows, null);
            }
            return next.withPaging(rows, spec.offset());
        }
        long skip = (spec.offset() == null ? 0 : spec.offset()) + previous.emitted();
        return next.withPaging(rows, skip == 0 ? null : skip);
    }

    /** One loaded window: its entities, whether another window follows, and how many entities all windows so far held. */
    private record Window(List<Object> items, boolean more, long emitted) {
    }
}
