package io.retort.orm.internal.loading;

import java.util.List;

import io.retort.orm.internal.RelationshipMapping;
import io.retort.orm.internal.session.SessionCore;

import reactor.core.publisher.Mono;

/**
 * How one relationship is loaded for many parents at once after they are in the session; the
 * {@link Loaders} registry maps each {@code Fetch}/{@code Load.Strategy} to one.
 */
interface LoaderStrategy {

    /**
     * Loads {@code relationship} for those of {@code parents} where it is not loaded yet; completes
     * when every parent holds its value.
     */
    Mono<Void> load(SessionCore core, RelationshipMapping relationship, List<Object> parents);
}
