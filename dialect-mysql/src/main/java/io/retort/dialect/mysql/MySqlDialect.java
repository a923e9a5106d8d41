package io.retort.dialect.mysql;

import java.util.Set;

import io.retort.Dialect;
import io.retort.internal.engine.DriverSupport;
import io.retort.schema.internal.DriverValueConverter;
import io.retort.schema.internal.SchemaSupport;
import io.retort.sql.internal.SqlSyntax;

/**
 * MySQL and MariaDB through io.asyncer's r2dbc-mysql. URLs: {@code mysql://root@host:3306/db}
 * (alias {@code mariadb}, driver name {@code r2dbc}).
 *
 * <pre>{@code
 * Engine engine = Engine.create("mariadb://root@localhost:3306/test");
 * }</pre>
 */
public final class MySqlDialect implements Dialect {

    private final SchemaSupport schema = new MySqlSchemaSupport();
    private final DriverSupport driver = new MySqlDriverSupport(new DriverValueConverter(schema));
    private final SqlSyntax syntax = new MySqlSyntax();

    @Override
    public String name() {
        return "mysql";
    }

    @Override
    public Set<String> aliases() {
        return Set.of("mariadb");
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
