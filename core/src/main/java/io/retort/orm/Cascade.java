package io.retort.orm;

/**
 * Operations that pass from an object to the objects a relationship reaches, as SQLAlchemy's
 * {@code cascade} does.
 *
 * <pre>{@code
 * @OneToMany(backPopulates = "order", cascade = {Cascade.SAVE, Cascade.DELETE, Cascade.DELETE_ORPHAN})
 * List<OrderLine> lines;
 * }</pre>
 */
public enum Cascade {
    /** {@code session.add} of the parent adds the related objects (the default). */
    SAVE,
    /** Deleting the parent deletes the related objects. */
    DELETE,
    /** An object removed from the collection is deleted. */
    DELETE_ORPHAN,
    /** {@code session.merge} passes on to the related objects. */
    MERGE,
    /** {@code session.expunge} passes on to the related objects. */
    EXPUNGE
}
