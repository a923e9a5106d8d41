package io.retort.dialect.postgres;

import java.util.Set;

import io.retort.Dialect;
import io.retort.internal.engine.DriverSupport;
import io.retort.schema.internal.DriverValueConverter;
import io.retort.schema.internal.SchemaSupport;
import io.retort.sql.internal.SqlSyntax;

/**
 * PostgreSQL through r2dbc-postgresql. URLs: {@code postgresql://user@host:5432/db} (alias
 * {@code postgres}, driver name {@code r2dbc}).
 *
 * <pre>{@code
 * Engine engine = Engine.create("postgresql://postgres@localhost:5432/test");
 * }</pre>
 */
public final class PostgresDialect implements Dialect {

    private final SchemaSupport schema = new PostgresSchemaSupport();
    private final DriverSupport driver = new PostgresDriverSupport(new DriverValueConverter(schema));
    private final SqlSyntax syntax = new PostgresSyntax();

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public Set<String> aliases() {
        return Set.of("postgres");
    }

    @Override
    public DriverSupport driver() {
        return driver;
    }

    @Override
    public SqlSyntax syntax() {
        return syntax;
    }

    @Override
    public SchemaSupport schema() {
        return schema;
    }
}
