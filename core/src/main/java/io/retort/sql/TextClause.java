package io.retort.sql;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.retort.internal.Checks;
import io.retort.internal.engine.TypedNull;

import org.jspecify.annotations.Nullable;

/**
 * A SQL text with {@code :name} parameters and their values. Immutable: {@code bind} returns a
 * new clause, so one clause can be reused and subscribed to many times.
 *
 * <pre>{@code
 * TextClause byAge = text("select * from users where age > :age");
 * engine.execute(byAge.bind("age", 18));
 * engine.execute(byAge.bind("age", null, Integer.class));   // a typed null
 * }</pre>
 */
public final class TextClause {

    private final String sql;
    private final Map<String, @Nullable Object> values;

    TextClause(String sql, Map<String, @Nullable Object> values) {
        this.sql = sql;
        this.values = values;
    }

    /** This clause with {@code name} bound to {@code value}; a null needs {@link #bind(String, Object, Class)}. */
    public TextClause bind(String name, @Nullable Object value) {
        Checks.notBlank(name, "name");
        return with(name, value == null ? new TypedNull(Object.class) : value);
    }

    /** This clause with {@code name} bound to {@code value}, which may be null, of SQL type {@code type}. */
    public TextClause bind(String name, @Nullable Object value, Class<?> type) {
        Checks.notBlank(name, "name");
        Checks.notNull(type, "type");
        return with(name, value == null ? new TypedNull(type) : value);
    }

    /** This clause with every entry of {@code parameters} bound. */
    public TextClause bindAll(Map<String, ?> parameters) {
        TextClause clause = this;
        for (Map.Entry<String, ?> entry : parameters.entrySet()) {
            clause = clause.bind(entry.getKey(), entry.getValue());
        }
        return clause;
    }

    /** The SQL as written, with {@code :name} parameters. */
    public String sql() {
        return sql;
    }

    /** The bound values by name; a null bound with a type is a {@code TypedNull}. */
    public Map<String, @Nullable Object> values() {
        return Collections.unmodifiableMap(values);
    }

    private TextClause with(String name, Object value) {
        Map<String, @Nullable Object> copy = new LinkedHashMap<>(values);
        copy.put(name, value);
        return new TextClause(sql, copy);
    }

    @Override
    public String toString() {
        return "text(" + sql + ")";
    }
}
