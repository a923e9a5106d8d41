package io.retort.sql;

import java.util.Arrays;
import java.util.List;

import io.retort.sql.internal.ValueConversions;

import org.jspecify.annotations.Nullable;

/**
 * One result row, read completely, so it stays valid after the driver moves on. Values are found
 * by index or by key (case-insensitive); the typed getters convert between numeric types and
 * common date-time forms.
 *
 * <pre>{@code
 * engine.execute(text("select id, name from users"))
 *       .map(row -> row.get("id", Long.class) + " " + row.get(1, String.class));
 * }</pre>
 */
public final class Row {

    private final RowKeys keys;
    private final @Nullable Object[] values;

    Row(RowKeys keys, @Nullable Object[] values) {
        this.keys = keys;
        this.values = values;
    }

    /** A row of {@code values} under {@code keys}; both lists have the same length. */
    public static Row of(List<String> keys, List<?> values) {
        if (keys.size() != values.size()) {
            throw new IllegalArgumentException("A row needs one key per value: " + keys.size() + " keys, "
                    + values.size() + " values");
        }
        return new Row(new RowKeys(keys), values.toArray());
    }

    /** The value at {@code index} (0-based), as the driver or the query produced it. */
    public @Nullable Object get(int index) {
        checkIndex(index);
        return values[index];
    }

    /** The value under {@code key}; keys are matched ignoring case. */
    public @Nullable Object get(String key) {
        return values[keys.indexOf(key)];
    }

    /** The value at {@code index}, converted to {@code type}. */
    public <T> @Nullable T get(int index, Class<T> type) {
        return ValueConversions.convert(get(index), type);
    }

    /** The value under {@code key}, converted to {@code type}. */
    public <T> @Nullable T get(String key, Class<T> type) {
        return ValueConversions.convert(get(key), type);
    }

    /** The number of values. */
    public int size() {
        return values.length;
    }

    /** The keys in column order. */
    public List<String> keys() {
        return keys.names();
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= values.length) {
            throw new IndexOutOfBoundsException("Row index " + index + " is out of range; this row has "
                    + values.length + " values " + keys.names());
        }
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("Row{");
        for (int i = 0; i < values.length; i++) {
            out.append(i == 0 ? "" : ", ").append(keys.names().get(i)).append('=');
            out.append(values[i] instanceof byte[] bytes ? Arrays.toString(bytes) : values[i]);
        }
        return out.append('}').toString();
    }
}
