package io.retort.orm;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;

import io.retort.orm.internal.loading.JoinedLoading;
import io.retort.orm.internal.loading.Loaders;
import io.retort.orm.internal.session.EntityBinding;
import io.retort.orm.internal.session.SessionCore;
import io.retort.sql.Expr;
import io.retort.sql.Select;
import io.retort.sql.Sql;

import reactor.core.publisher.Mono;

/**
 * Root loading for the relationship suites while the Query API is not on this branch: one entity
 * SELECT through the same classes the query uses (EntityBinding.selectColumns, JoinedLoading,
 * EntityHydrator), then Loaders.load for the whole result.
 */
public final class RelSessionAccess {

    private RelSessionAccess() {
    }

    public static SessionCore core(Session session) {
        return session.core();
    }

    /** Every row of {@code type} ordered by key, with {@code options} applied. */
    public static <T> Mono<List<T>> all(Session session, Class<T> type, LoaderOption... options) {
        SessionCore core = session.core();
        List<LoaderOption> list = List.of(options);
        return Mono.defer(() -> {
            EntityBinding binding = core.bindings().of(type);
            JoinedLoading joined = JoinedLoading.plan(core, type, list);
            Select select = Sql.select(binding.selectColumns().toArray(Expr[]::new)).from(binding.mapping().tableRef())
                    .orderBy(binding.mapping().ids().get(0).columnRef());
            Select decorated = joined.decorate(select);
            return core.withConnection(connection -> Mono.fromCallable(() -> core.compile(decorated).get(0))
                            .flatMapMany(statement -> core.runtime().executor().query(connection, statement,
                                    (row, metadata) -> joined.read(row, 0))))
                    .distinct(root -> root, () -> Collections.newSetFromMap(new IdentityHashMap<>()))
                    .map(type::cast)
                    .collectList()
                    .doOnNext(ignored -> joined.finish())
                    .flatMap(roots -> Loaders.load(core, type, roots, list).thenReturn(roots));
        });
    }
}
