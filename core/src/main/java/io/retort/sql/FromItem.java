package io.retort.sql;

/**
 * Something a FROM clause can name: a table (from the schema layer or an ORM entity), an aliased
 * table, or a derived table made by {@link Select#subquery(String)}.
 *
 * <pre>{@code
 * select(users.column("name", String.class)).from(users);
 * }</pre>
 */
public interface FromItem {
}
