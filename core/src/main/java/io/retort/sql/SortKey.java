package io.retort.sql;

/**
 * Something an ORDER BY can take: any {@link Expr} (ascending) or an {@link Ordering} made by
 * {@link Expr#asc()} or {@link Expr#desc()}.
 *
 * <pre>{@code
 * select(name, age).orderBy(age.desc().nullsLast(), name);
 * }</pre>
 */
public interface SortKey {
}
