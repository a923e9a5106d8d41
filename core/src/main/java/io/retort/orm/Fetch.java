package io.retort.orm;

/**
 * How a relationship loads when a query names no loader option. A reactive ORM cannot load
 * behind a getter, so nothing is ever loaded implicitly by touching a field.
 *
 * <pre>{@code
 * @OneToMany(backPopulates = "author", fetch = Fetch.SELECTIN) List<Book> books;
 * }</pre>
 */
public enum Fetch {
    /** Loaded only when asked ({@code selectinload}, {@code joinedload}, {@code session.fetch}); otherwise it throws {@link NotLoadedException}. */
    EXPLICIT,
    /** Loaded with every query of the owning class by one extra statement per relationship path. */
    SELECTIN,
    /** Loaded with every query of the owning class by a join in the same statement. */
    JOINED
}
