package io.retort;

import java.util.Set;

import io.retort.internal.engine.DriverSupport;
import io.retort.schema.internal.SchemaSupport;
import io.retort.sql.internal.SqlSyntax;

/**
 * One database's flavour of SQL and its R2DBC driver. Dialect modules implement it and register
 * it in {@code META-INF/services/io.retort.Dialect}; {@link Engine#create(String)} finds the one
 * the URL names.
 *
 * <pre>{@code
 * Engine engine = Engine.create("h2:mem:///demo");
 * engine.dialect().name();   // "h2"
 * }</pre>
 *
 * <p>The parts it returns are the small SPI each layer asks a database about; users rarely need
 * them.
 */
public interface Dialect {

    /** The canonical name: {@code postgresql}, {@code mysql} or {@code h2}. */
    String name();

    /** Other names accepted in a URL, for example {@code postgres} or {@code mariadb}. */
    default Set<String> aliases() {
        return Set.of();
    }

    /** How to reach the database with its R2DBC driver. */
    DriverSupport driver();

    /** How this database spells SQL. */
    SqlSyntax syntax();

    /** How this database spells DDL, reads its catalog and binds and reads values. */
    SchemaSupport schema();
}
