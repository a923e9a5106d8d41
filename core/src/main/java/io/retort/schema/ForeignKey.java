package io.retort.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.retort.internal.Checks;
import io.retort.schema.internal.ConstraintNames;

import org.jspecify.annotations.Nullable;

/**
 * A foreign key: columns of the owning table that refer to columns of another table (its
 * primary key, or any unique columns). Immutable; each {@code with} method returns a new key.
 *
 * <pre>{@code
 * ForeignKey toCity = ForeignKey.of(List.of("city_id"), "cities", List.of("id"))
 *         .onDelete(ForeignKey.Action.CASCADE);
 * Table.builder("users")...foreignKey(toCity).build();   // named fk_users_city_id
 * }</pre>
 *
 * <p>A key without an explicit name gets a deterministic one from the table it is added to,
 * {@code fk_<table>_<columns>}, shortened with a hash when longer than most databases allow.
 */
public final class ForeignKey {

    /** What the database does to referring rows when a referred row is deleted. */
    public enum Action {
        /** Fail the delete at the end of the statement (the SQL default). */
        NO_ACTION("NO ACTION"),
        /** Fail the delete at once. */
        RESTRICT("RESTRICT"),
        /** Delete the referring rows too. */
        CASCADE("CASCADE"),
        /** Set the referring columns to null. */
        SET_NULL("SET NULL"),
        /** Set the referring columns to their defaults. */
        SET_DEFAULT("SET DEFAULT");

        private final String sql;

        Action(String sql) {
            this.sql = sql;
        }

        /** The SQL spelling, for example {@code SET NULL}. */
        public String sql() {
            return sql;
        }
    }

    private final @Nullable String name;
    private final List<String> columns;
    private final String referredTable;
    private final List<String> referredColumns;
    private final @Nullable Action onDelete;

    private ForeignKey(@Nullable String name, List<String> columns, String referredTable,
            List<String> referredColumns, @Nullable Action onDelete) {
        this.name = name;
        this.columns = columns;
        this.referredTable = referredTable;
        this.referredColumns = referredColumns;
        this.onDelete = onDelete;
    }

    /** A key from {@code columns} to {@code referredColumns} of {@code referredTable}, in the same order. */
    public static ForeignKey of(List<String> columns, String referredTable, List<String> referredColumns) {
        Checks.notNull(columns, "columns");
        Checks.notNull(referredColumns, "referredColumns");
        if (columns.isEmpty() || columns.size() != referredColumns.size()) {
            throw new IllegalArgumentException("A foreign key needs one referred column per column, and at least one;"
                    + " got " + columns + " -> " + referredTable + referredColumns);
        }
        return new ForeignKey(null, List.copyOf(columns), Checks.notBlank(referredTable, "referredTable"),
                List.copyOf(referredColumns), null);
    }

    /** This key with an explicit constraint name. */
    public ForeignKey named(String constraintName) {
        return new ForeignKey(Checks.notBlank(constraintName, "constraintName"), columns, referredTable,
                referredColumns, onDelete);
    }

    /** This key with an {@code ON DELETE} action. */
    public ForeignKey onDelete(Action action) {
        return new ForeignKey(name, columns, referredTable, referredColumns, Checks.notNull(action, "action"));
    }

    /** The constraint name; {@code fk_<columns>_<referredTable>} until a table names it. */
    public String name() {
        return name != null ? name : ConstraintNames.shorten("fk_" + String.join("_", columns) + "_" + referredTable);
    }

    /** Whether the name was given rather than generated. */
    public boolean explicitlyNamed() {
        return name != null;
    }

    /** The referring columns of the owning table. */
    public List<String> columns() {
        return columns;
    }

    /** The table referred to. */
    public String referredTable() {
        return referredTable;
    }

    /** The referred columns, in the order of {@link #columns()}. */
    public List<String> referredColumns() {
        return referredColumns;
    }

    /** The {@code ON DELETE} action, when one was set. */
    public Optional<Action> onDelete() {
        return Optional.ofNullable(onDelete);
    }

    ForeignKey namedFor(String table) {
        return name != null ? this : named(ConstraintNames.of("fk", table, columns));
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ForeignKey k && name().equals(k.name()) && columns.equals(k.columns)
                && referredTable.equals(k.referredTable) && referredColumns.equals(k.referredColumns)
                && onDelete == k.onDelete;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name(), columns, referredTable, referredColumns);
    }

    @Override
    public String toString() {
        return "ForeignKey[" + name() + " " + columns + " -> " + referredTable + referredColumns
                + (onDelete == null ? "" : " on delete " + onDelete.sql()) + "]";
    }
}
