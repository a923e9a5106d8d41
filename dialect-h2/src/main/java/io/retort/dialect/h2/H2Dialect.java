package io.retort.dialect.h2;

import java.util.Set;

import io.retort.Dialect;
import io.retort.internal.engine.DriverSupport;
import io.retort.schema.internal.DriverValueConverter;
import io.retort.schema.internal.SchemaSupport;
import io.retort.sql.internal.SqlSyntax;

/**
 * H2, embedded in the application through r2dbc-h2: no server needed. URLs:
 * {@code h2:mem:///name} (kept while the JVM runs) and {@code h2:file:///path}. Unquoted
 * identifiers fold to lower case, as on PostgreSQL.
 *
 * <pre>{@code
 * Engine engine = Engine.create("h2:mem:///demo");
 * }</pre>
 */
public final class H2Dialect implements Dialect {

    private final SchemaSupport schema = new H2SchemaSupport();
    private final DriverSupport driver = new H2DriverSupport(new DriverValueConverter(schema));
    private final SqlSyntax syntax = new H2Syntax();

    @Override
    public String name() {
        return "h2";
    }

    @Override
    public Set<String> aliases() {
        return Set.of();
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
