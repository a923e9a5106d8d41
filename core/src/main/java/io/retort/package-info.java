/**
 * Retort's engine: pooled R2DBC connections made from a URL, raw SQL, transactions.
 *
 * <pre>{@code
 * Engine engine = Engine.create("h2:mem:///demo");
 * engine.execute(text("select 1 as one")).map(row -> row.get("one", Integer.class));
 * }</pre>
 */
@NullMarked
package io.retort;

import org.jspecify.annotations.NullMarked;
