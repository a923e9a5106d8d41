package io.retort.schema.internal;

/**
 * The catalog queries a dialect answers reflection with. Each lists only the current schema
 * (PostgreSQL, H2) or database (MySQL), takes no parameters, and returns the columns named
 * below in that order, read by position.
 *
 * @param tables {@code table_name} of every base table
 * @param columns {@code table_name, column_name, type_name, nullable ('YES'/'NO'), column_default,
 *     length, precision, scale, auto_increment ('YES'/'NO')}, ordered by table and position
 * @param primaryKeys {@code table_name, column_name}, ordered by table and key position
 * @param foreignKeys {@code table_name, constraint_name, column_name, referred_table,
 *     referred_column, delete_rule}, ordered by table, constraint and key position
 * @param uniqueConstraints {@code table_name, constraint_name, column_name}, ordered by table,
 *     constraint and position
 * @param indexes {@code table_name, index_name, unique ('YES'/'NO'), column_name} of indexes that
 *     back no constraint, ordered by table, index and position
 */
public record CatalogQueries(String tables, String columns, String primaryKeys, String foreignKeys,
        String uniqueConstraints, String indexes) {
}
