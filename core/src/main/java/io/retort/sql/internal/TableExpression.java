package io.retort.sql.internal;

import io.retort.sql.FromItem;

/**
 * The SPI by which a higher layer's object is a table: a schema {@code Table} or an ORM alias
 * implements it by returning its {@link TableRef}, and the compiler renders it as that table.
 * Not user API.
 *
 * <pre>{@code
 * final class Table implements TableExpression {
 *     private final TableRef ref = TableRef.of("users");
 *     public TableRef tableRef() { return ref; }
 * }
 * }</pre>
 */
public interface TableExpression extends FromItem {

    /** The table this object stands for. */
    TableRef tableRef();
}
