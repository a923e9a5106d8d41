package io.retort.schema;

import java.util.List;
import java.util.Objects;

import io.retort.internal.Checks;
import io.retort.schema.internal.ConstraintNames;

import org.jspecify.annotations.Nullable;

/**
 * An index on columns of a table, unique or not. Immutable.
 *
 * <pre>{@code
 * Index byName = Index.of("ix_users_name", List.of("name"));
 * Index byEmail = Index.unique("ux_users_email", List.of("email"));
 * }</pre>
 */
public final class Index {

    private final String name;
    private final List<String> columns;
    private final boolean unique;

    private Index(String name, List<String> columns, boolean unique) {
        this.name = Checks.notBlank(name, "name");
        Checks.notNull(columns, "columns");
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("Index " + name + " needs at least one column");
        }
        this.columns = List.copyOf(columns);
        this.unique = unique;
    }

    /** A non-unique index named {@code name} on {@code columns}, in order. */
    public static Index of(String name, List<String> columns) {
        return new Index(name, columns, false);
    }

    /** A unique index named {@code name} on {@code columns}, in order. */
    public static Index unique(String name, List<String> columns) {
        return new Index(name, columns, true);
    }

    /** A non-unique index on {@code columns} named {@code ix_<table>_<columns>}. */
    public static Index on(String table, List<String> columns) {
        return of(ConstraintNames.of("ix", table, columns), columns);
    }

    /** The index name (unique in its schema on PostgreSQL and H2). */
    public String name() {
        return name;
    }

    /** The indexed columns, in order. */
    public List<String> columns() {
        return columns;
    }

    /** Whether the indexed values must be unique. */
    public boolean unique() {
        return unique;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Index i && name.equals(i.name) && columns.equals(i.columns) && unique == i.unique;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, columns, unique);
    }

    @Override
    public String toString() {
        return (unique ? "UniqueIndex[" : "Index[") + name + " " + columns + "]";
    }
}
