package io.retort.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.retort.internal.Checks;

import org.jspecify.annotations.Nullable;

/**
 * A table of the schema model: columns in order, the primary key, foreign keys, indexes and
 * unique constraints. Immutable and free of any dialect knowledge; made with {@link #builder(String)}.
 *
 * <pre>{@code
 * Table users = Table.builder("users")
 *         .column(Column.builder("id", SqlType.BIG_INTEGER, Long.class).primaryKey(true).autoIncrement(true).build())
 *         .column(Column.builder("city_id", SqlType.BIG_INTEGER, Long.class).build())
 *         .foreignKey(ForeignKey.of(List.of("city_id"), "cities", List.of("id")))
 *         .index(Index.on("users", List.of("city_id")))
 *         .build();
 * users.column("city_id").orElseThrow().nullable();   // true
 * }</pre>
 *
 * <p>A one-column unique constraint is kept as {@link Column#unique()} on that column, so that a
 * model and its reflection have one form; {@link #uniqueConstraints()} holds those of several columns.
 */
public final class Table {

    private final String name;
    private final List<Column> columns;
    private final Map<String, Column> byName;
    private final List<String> primaryKey;
    private final List<ForeignKey> foreignKeys;
    private final List<Index> indexes;
    private final List<List<String>> uniqueConstraints;

    private Table(String name, List<Column> columns, List<ForeignKey> foreignKeys, List<Index> indexes,
            List<List<String>> uniqueConstraints) {
        this.name = name;
        this.columns = List.copyOf(columns);
        Map<String, Column> map = new LinkedHashMap<>();
        List<String> key = new ArrayList<>();
        for (Column column : this.columns) {
            map.put(column.name(), column);
            if (column.primaryKey()) {
                key.add(column.name());
            }
        }
        this.byName = map;
        this.primaryKey = List.copyOf(key);
        this.foreignKeys = List.copyOf(foreignKeys);
        this.indexes = List.copyOf(indexes);
        this.uniqueConstraints = List.copyOf(uniqueConstraints);
    }

    /** A builder for a table named {@code name}. */
    public static Builder builder(String name) {
        return new Builder(Checks.notBlank(name, "name"));
    }

    /** The table's name as the database knows it (quoted in every statement). */
    public String name() {
        return name;
    }

    /** The columns in declaration order. */
    public List<Column> columns() {
        return columns;
    }

    /** The column named {@code name} (exact case), if the table has one. */
    public Optional<Column> column(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The names of the primary-key columns in column order; empty when the table has none. */
    public List<String> primaryKey() {
        return primaryKey;
    }

    /** The foreign keys, each named. */
    public List<ForeignKey> foreignKeys() {
        return foreignKeys;
    }

    /** The indexes. */
    public List<Index> indexes() {
        return indexes;
    }

    /** The unique constraints over two or more columns, each a list of column names. */
    public List<List<String>> uniqueConstraints() {
        return uniqueConstraints;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Table t && name.equals(t.name) && columns.equals(t.columns)
                && foreignKeys.equals(t.foreignKeys) && indexes.equals(t.indexes)
                && uniqueConstraints.equals(t.uniqueConstraints);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + columns.hashCode();
    }

    @Override
    public String toString() {
        return "Table[" + name + " " + columns + " pk=" + primaryKey + " fks=" + foreignKeys + " indexes=" + indexes
                + " unique=" + uniqueConstraints + "]";
    }

    /**
     * Collects a {@link Table}'s parts; {@link #build()} checks that every key and index names
     * columns of the table.
     *
     * <pre>{@code
     * Table.builder("tags").column(id).column(label).uniqueConstraint(List.of("label", "owner_id")).build();
     * }</pre>
     */
    public static final class Builder {

        private final String name;
        private final List<Column> columns = new ArrayList<>();
        private final List<ForeignKey> foreignKeys = new ArrayList<>();
        private final List<Index> indexes = new ArrayList<>();
        private final List<List<String>> uniqueConstraints = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        /** Adds a column; names must be unique within the table. */
        public Builder column(Column column) {
            Checks.notNull(column, "column");
            for (Column existing : columns) {
                if (existing.name().equals(column.name())) {
                    throw new IllegalArgumentException("Table " + name + " already has a column " + column.name());
                }
            }
            columns.add(column);
            return this;
        }

        /** Adds a foreign key; an unnamed one is named {@code fk_<table>_<columns>}. */
        public Builder foreignKey(ForeignKey key) {
            foreignKeys.add(Checks.notNull(key, "key").namedFor(name));
            return this;
        }

        /** Adds an index. */
        public Builder index(Index index) {
            indexes.add(Checks.notNull(index, "index"));
            return this;
        }

        /** Adds a unique constraint over {@code columnNames}; one column makes that column unique. */
        public Builder uniqueConstraint(List<String> columnNames) {
            Checks.notNull(columnNames, "columnNames");
            if (columnNames.isEmpty()) {
                throw new IllegalArgumentException("A unique constraint of table " + name + " needs a column");
            }
            uniqueConstraints.add(List.copyOf(columnNames));
            return this;
        }

        /** The table; fails naming the part that refers to a column the table does not have. */
        public Table build() {
            if (columns.isEmpty()) {
                throw new IllegalArgumentException("Table " + name + " needs at least one column");
            }
            Set<String> known = new LinkedHashSet<>();
            columns.forEach(c -> known.add(c.name()));
            foreignKeys.forEach(k -> requireColumns(known, k.columns(), "foreign key " + k.name()));
            indexes.forEach(i -> requireColumns(known, i.columns(), "index " + i.name()));
            List<Column> finalColumns = new ArrayList<>(columns);
            List<List<String>> multi = new ArrayList<>();
            for (List<String> unique : uniqueConstraints) {
                requireColumns(known, unique, "unique constraint " + unique);
                if (unique.size() == 1) {
                    int at = finalColumns.indexOf(columnNamed(finalColumns, unique.get(0)));
                    finalColumns.set(at, finalColumns.get(at).toBuilder().unique(true).build());
                } else if (!multi.contains(unique)) {
                    multi.add(unique);
                }
            }
            return new Table(name, finalColumns, foreignKeys, indexes, multi);
        }

        private static Column columnNamed(List<Column> columns, String column) {
            return columns.stream().filter(c -> c.name().equals(column)).findFirst().orElseThrow();
        }

        private void requireColumns(Set<String> known, List<String> used, String what) {
            for (String column : used) {
                if (!known.contains(column)) {
                    throw new IllegalArgumentException("The " + what + " of table " + name + " names column " + column
                            + ", which the table does not have; its columns are " + known);
                }
            }
        }
    }
}
