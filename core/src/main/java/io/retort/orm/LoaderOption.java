package io.retort.orm;

/**
 * How a query loads one relationship path of the objects it returns, made by
 * {@link Orm#selectinload} or {@link Orm#joinedload} and passed to {@code Query.options(...)}.
 *
 * <pre>{@code
 * session.query(User.class).options(selectinload(User_.articles).selectinload(Article_.tags)).all();
 * }</pre>
 */
public interface LoaderOption {
}
