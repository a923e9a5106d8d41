/**
 * Retort's schema model: tables, columns, keys and indexes described once and independent of
 * any database. DDL ({@code createAll}/{@code dropAll}) and reflection use it; the ORM builds it
 * from mapped classes.
 *
 * <pre>{@code
 * Table users = Table.builder("users")
 *         .column(Column.builder("id", SqlType.BIG_INTEGER, Long.class).primaryKey(true).autoIncrement(true).build())
 *         .column(Column.builder("name", SqlType.STRING, String.class).length(50).nullable(false).build())
 *         .build();
 * }</pre>
 */
@NullMarked
package io.retort.schema;

import org.jspecify.annotations.NullMarked;
