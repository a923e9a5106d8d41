/**
 * Retort's SQL level: text statements with named parameters, the expression language and rows.
 *
 * <pre>{@code
 * import static io.retort.sql.Sql.*;
 * engine.execute(text("select name from users where age > :age").bind("age", 18))
 *       .map(row -> row.get("name", String.class));
 * }</pre>
 */
@NullMarked
package io.retort.sql;

import org.jspecify.annotations.NullMarked;
