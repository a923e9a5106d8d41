package io.retort.orm.internal.session;

import java.util.List;

import io.r2dbc.spi.Connection;
import io.retort.orm.internal.EntityMapping;

import reactor.core.publisher.Mono;

/**
 * The relationship part of a flush, called by {@link UnitOfWork} at three points:
 * <pre>{@code
 * boolean work = relationships.prepare(order);     // before collecting work: cascades, back-populates, orphans
 * inserts.then(updates).then(relationships.afterWrites(connection))   // join columns, many-to-many links
 *        .then(relationships.beforeDeletes(connection)).then(deletes) // links and dependents of deleted parents
 * relationships.flushed();                         // on success: remember what the database holds
 * }</pre>
 */
public final class RelationshipFlush {

    private final SessionCore core;
    private final ForeignKeyFlush foreignKeys;
    private final AssociationFlush associations;
    private final CascadedDeletes deletes;
    private final DeleteUnlinks unlinks;
    private List<EntityMapping> order = List.of();

    public RelationshipFlush(SessionCore core) {
        this.core = core;
        this.foreignKeys = new ForeignKeyFlush(core);
        this.associations = new AssociationFlush(core);
        this.deletes = new CascadedDeletes(core, associations);
        this.unlinks = new DeleteUnlinks(core);
    }

    /** Applies cascades and returns whether relationships alone need statements. */
    public boolean prepare(List<EntityMapping> order) {
        this.order = order;
        if (!core.bindings().hasRelationships()) {
            return false;
        }
        new RelationshipCascades(core).run();
        foreignKeys.prepare(order);
        return foreignKeys.pending() || associations.pending();
    }

    /** After inserts and updates: hidden join columns and many-to-many links. */
    public Mono<Void> afterWrites(Connection connection) {
        return foreignKeys.write(connection).then(associations.write(connection));
    }

    /** Before deletes: links and dependents of deleted owners, and the objects cascades reach. */
    public Mono<Void> beforeDeletes(Connection connection) {
        return unlinks.run(connection, order).then(deletes.run(connection, order));
    }

    /** After a successful flush. */
    public void flushed() {
        if (!core.bindings().hasRelationships()) {
            return;
        }
        foreignKeys.flushed();
        associations.flushed();
    }
}
