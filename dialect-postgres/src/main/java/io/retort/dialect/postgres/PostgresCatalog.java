package io.retort.dialect.postgres;

import io.retort.schema.internal.CatalogQueries;

/**
 * Reflection queries on information_schema and pg_catalog, limited to {@code current_schema()}.
 * Every column is cast to a plain type: information_schema's domains would otherwise come back
 * in their own binary formats.
 */
final class PostgresCatalog {

    static final CatalogQueries QUERIES = new CatalogQueries(
            """
            select table_name::text from information_schema.tables
            where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name""",
            """
            select c.table_name::text, c.column_name::text, c.udt_name::text, c.is_nullable::text,
                   c.column_default::text, c.character_maximum_length::int, c.numeric_precision::int,
                   c.numeric_scale::int,
                   case when c.is_identity = 'YES' or c.column_default like 'nextval(%' then 'YES' else 'NO' end
            from information_schema.columns c
            where c.table_schema = current_schema()
            order by c.table_name, c.ordinal_position""",
            """
            select cl.relname::text, a.attname::text
            from pg_constraint con
            join pg_class cl on cl.oid = con.conrelid
            cross join lateral unnest(con.conkey) with ordinality as k(attnum, position)
            join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum
            where con.contype = 'p' and con.connamespace = (select oid from pg_namespace where nspname = current_schema())
            order by cl.relname, k.position""",
            """
            select cl.relname::text, con.conname::text, a.attname::text, rcl.relname::text, ra.attname::text,
                   case con.confdeltype when 'c' then 'CASCADE' when 'n' then 'SET NULL' when 'd' then 'SET DEFAULT'
                        when 'r' then 'RESTRICT' else 'NO ACTION' end
            from pg_constraint con
            join pg_class cl on cl.oid = con.conrelid
            join pg_class rcl on rcl.oid = con.confrelid
            cross join lateral unnest(con.conkey, con.confkey) with ordinality as k(attnum, refnum, position)
            join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum
            join pg_attribute ra on ra.attrelid = con.confrelid and ra.attnum = k.refnum
            where con.contype = 'f' and con.connamespace = (select oid from pg_namespace where nspname = current_schema())
            order by cl.relname, con.conname, k.position""",
            """
            select cl.relname::text, con.conname::text, a.attname::text
            from pg_constraint con
            join pg_class cl on cl.oid = con.conrelid
            cross join lateral unnest(con.conkey) with ordinality as k(attnum, position)
            join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum
            where con.contype = 'u' and con.connamespace = (select oid from pg_namespace where nspname = current_schema())
            order by cl.relname, con.conname, k.position""",
            """
            select t.relname::text, i.relname::text, case when ix.indisunique then 'YES' else 'NO' end, a.attname::text
            from pg_index ix
            join pg_class t on t.oid = ix.indrelid
            join pg_class i on i.oid = ix.indexrelid
            cross join lateral unnest(ix.indkey::int2[]) with ordinality as k(attnum, position)
            join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum
            where t.relnamespace = (select oid from pg_namespace where nspname = current_schema()) and t.relkind = 'r'
              and not exists (select 1 from pg_constraint c where c.conindid = ix.indexrelid and c.contype in ('p', 'u', 'x'))
            order by t.relname, i.relname, k.position""");

    private PostgresCatalog() {
    }
}
