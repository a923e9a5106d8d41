package io.retort.orm.internal.session;

import reactor.core.publisher.Mono;

/**
 * A step of every flush that writes rows the unit of work does not know about, such as the
 * association rows of many-to-many relationships. It runs after the inserts and updates of
 * mapped objects (every new object has its key) and before their deletes (so rows referring to a
 * deleted object can go first), in the flush's transaction; its failure fails the flush like any
 * statement. Register one in {@link FlushExtensions#standard()}.
 *
 * <pre>{@code
 * FlushExtension links = context -> context.update(Sql.insert(articleAuthor).columns(a, b).values(1L, 2L)).then();
 * }</pre>
 */
@FunctionalInterface
public interface FlushExtension {

    /** Writes this extension's rows for the objects of {@code context.core().identityMap()}. */
    Mono<Void> writeAssociations(FlushContext context);

    /**
     * Whether this extension has rows to write even when no mapped object changed (an object added to
     * a collection only); a flush with no changed object and no extension with work sends nothing.
     */
    default boolean hasWork(SessionCore core) {
        return false;
    }
}
