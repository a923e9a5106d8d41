package io.retort.dialect.mysql;

import io.retort.schema.internal.CatalogQueries;

/**
 * Reflection queries on information_schema, limited to the connection's {@code database()}.
 * {@code TINYINT(1)} reads as boolean; the index MySQL makes for a foreign key on its own is left
 * out, and an unnamed {@code RESTRICT} (MySQL's default) reads as no action.
 */
final class MySqlCatalog {

    static final CatalogQueries QUERIES = new CatalogQueries(
            """
            select table_name from information_schema.tables
            where table_schema = database() and table_type = 'BASE TABLE' order by table_name""",
            """
            select table_name, column_name,
                   case when column_type like 'tinyint(1)%' then 'boolean' else data_type end,
                   is_nullable, column_default, character_maximum_length, numeric_precision, numeric_scale,
                   case when extra like '%auto_increment%' then 'YES' else 'NO' end
            from information_schema.columns
            where table_schema = database()
            order by table_name, ordinal_position""",
            """
            select k.table_name, k.column_name
            from information_schema.table_constraints c
            join information_schema.key_column_usage k on k.constraint_schema = c.constraint_schema
                 and k.constraint_name = c.constraint_name and k.table_name = c.table_name
            where c.constraint_type = 'PRIMARY KEY' and c.table_schema = database()
            order by k.table_name, k.ordinal_position""",
            """
            select k.table_name, k.constraint_name, k.column_name, k.referenced_table_name, k.referenced_column_name,
                   case r.delete_rule when 'RESTRICT' then 'NO ACTION' else r.delete_rule end
            from information_schema.key_column_usage k
            join information_schema.referential_constraints r on r.constraint_schema = k.constraint_schema
                 and r.constraint_name = k.constraint_name and r.table_name = k.table_name
            where k.table_schema = database() and k.referenced_table_name is not null
            order by k.table_name, k.constraint_name, k.ordinal_position""",
            """
            select k.table_name, k.constraint_name, k.column_name
            from information_schema.table_constraints c
            join information_schema.key_column_usage k on k.constraint_schema = c.constraint_schema
                 and k.constraint_name = c.constraint_name and k.table_name = c.table_name
            where c.constraint_type = 'UNIQUE' and c.table_schema = database()
            order by k.table_name, k.constraint_name, k.ordinal_position""",
            """
            select s.table_name, s.index_name, 'NO', s.column_name
            from information_schema.statistics s
            where s.table_schema = database() and s.non_unique = 1
              and s.index_name not in (select f.constraint_name from information_schema.table_constraints f
                  where f.constraint_schema = s.table_schema and f.table_name = s.table_name
                    and f.constraint_type = 'FOREIGN KEY')
            order by s.table_name, s.index_name, s.seq_in_index""");

    private MySqlCatalog() {
    }
}
