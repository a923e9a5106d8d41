package io.retort;

import java.util.List;

/**
 * Observes every statement an {@link Engine} sends, before it is sent. Used for auditing,
 * metrics and for tests that count statements.
 *
 * <pre>{@code
 * List<String> seen = new CopyOnWriteArrayList<>();
 * Engine engine = Engine.builder("h2:mem:///demo").listener((sql, params) -> seen.add(sql)).build();
 * }</pre>
 *
 * <p>It runs on the thread that sends the statement: it must be quick and must not block.
 */
@FunctionalInterface
public interface StatementListener {

    /**
     * Called once per statement execution with the SQL as sent (dialect bind markers) and the
     * bound values in marker order; a null bound with a type appears as {@code null}.
     */
    void onStatement(String sql, List<Object> parameters);
}
