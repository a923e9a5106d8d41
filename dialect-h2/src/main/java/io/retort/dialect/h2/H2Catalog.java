package io.retort.dialect.h2;

import io.retort.schema.internal.CatalogQueries;

/**
 * Reflection queries on H2 2.x's INFORMATION_SCHEMA, limited to {@code CURRENT_SCHEMA}. Indexes
 * H2 makes for constraints are left out.
 */
final class H2Catalog {

    static final CatalogQueries QUERIES = new CatalogQueries(
            """
            select table_name from information_schema.tables
            where table_schema = current_schema and table_type = 'BASE TABLE' order by table_name""",
            """
            select table_name, column_name, data_type, is_nullable, column_default, character_maximum_length,
                   numeric_precision, numeric_scale, is_identity
            from information_schema.columns
            where table_schema = current_schema
            order by table_name, ordinal_position""",
            """
            select k.table_name, k.column_name
            from information_schema.table_constraints c
            join information_schema.key_column_usage k on k.constraint_schema = c.constraint_schema
                 and k.constraint_name = c.constraint_name
            where c.constraint_type = 'PRIMARY KEY' and c.table_schema = current_schema
            order by k.table_name, k.ordinal_position""",
            """
            select k.table_name, k.constraint_name, k.column_name, u.table_name, u.column_name, r.delete_rule
            from information_schema.referential_constraints r
            join information_schema.key_column_usage k on k.constraint_schema = r.constraint_schema
                 and k.constraint_name = r.constraint_name
            join information_schema.key_column_usage u on u.constraint_schema = r.unique_constraint_schema
                 and u.constraint_name = r.unique_constraint_name and u.ordinal_position = k.position_in_unique_constraint
            where k.table_schema = current_schema
            order by k.table_name, k.constraint_name, k.ordinal_position""",
            """
            select k.table_name, k.constraint_name, k.column_name
            from information_schema.table_constraints c
            join information_schema.key_column_usage k on k.constraint_schema = c.constraint_schema
                 and k.constraint_name = c.constraint_name
            where c.constraint_type = 'UNIQUE' and c.table_schema = current_schema
            order by k.table_name, k.constraint_name, k.ordinal_position""",
            """
            select i.table_name, i.index_name, case when i.index_type_name = 'UNIQUE INDEX' then 'YES' else 'NO' end,
                   ic.column_name
            from information_schema.indexes i
            join information_schema.index_columns ic on ic.index_schema = i.index_schema and ic.index_name = i.index_name
            where i.table_schema = current_schema and i.index_type_name in ('INDEX', 'UNIQUE INDEX')
              and i.index_name not in (select c.index_name from information_schema.table_constraints c
                  where c.index_schema = i.index_schema and c.index_name is not null)
            order by i.table_name, i.index_name, ic.ordinal_position""");

    private H2Catalog() {
    }
}
