package io.retort.sql.internal;

import java.util.Objects;

import io.retort.internal.Checks;

import org.jspecify.annotations.Nullable;

/**
 * A table in a FROM clause: its name, an optional schema and an optional alias. An anonymous
 * alias ({@link #aliased()}) gets a generated name ({@code employees_1}) when the statement is
 * compiled, distinct from every other alias in it. Immutable; not user API.
 *
 * <pre>{@code
 * TableRef employees = TableRef.of("employees");
 * TableRef boss = employees.aliased();
 * ColumnRef<Long> bossId = employees.column("id", Long.class).on(boss);
 * }</pre>
 */
public final class TableRef implements TableExpression {

    private final @Nullable String schema;
    private final String name;
    private final @Nullable String alias;
    private final boolean anonymous;

    private TableRef(@Nullable String schema, String name, @Nullable String alias, boolean anonymous) {
        this.schema = schema;
        this.name = name;
        this.alias = alias;
        this.anonymous = anonymous;
    }

    /** The table {@code name} in the default schema. */
    public static TableRef of(String name) {
        return new TableRef(null, Checks.notBlank(name, "name"), null, false);
    }

    /** The table {@code name} in {@code schema}. */
    public static TableRef of(@Nullable String schema, String name) {
        return new TableRef(schema, Checks.notBlank(name, "name"), null, false);
    }

    /** This table under the alias {@code alias}. */
    public TableRef as(String alias) {
        return new TableRef(schema, name, Checks.notBlank(alias, "alias"), false);
    }

    /**
     * This table under a new anonymous alias, equal only to itself and named when compiled
     * ({@code employees_1}). Keep the returned reference: each call makes another alias.
     */
    public TableRef aliased() {
        return new TableRef(schema, name, null, true);
    }

    /** The column {@code name} of this table (or alias), of Java type {@code type}. */
    public <T> ColumnRef<T> column(String name, Class<T> type) {
        return ColumnRef.of(this, name, type);
    }

    @Override
    public TableRef tableRef() {
        return this;
    }

    public @Nullable String schema() {
        return schema;
    }

    public String name() {
        return name;
    }

    /** The explicit alias, or null (also for an anonymous alias). */
    public @Nullable String alias() {
        return alias;
    }

    /** Whether this is an anonymous alias named at compile time. */
    public boolean anonymous() {
        return anonymous;
    }

    /** Whether this reference carries any alias, explicit or anonymous. */
    public boolean isAliased() {
        return anonymous || alias != null;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof TableRef that && !anonymous && !that.anonymous && name.equals(that.name)
                && Objects.equals(schema, that.schema) && Objects.equals(alias, that.alias);
    }

    @Override
    public int hashCode() {
        if (anonymous) {
            return System.identityHashCode(this);
        }
        return (31 * Objects.hashCode(schema) + name.hashCode()) * 31 + Objects.hashCode(alias);
    }

    @Override
    public String toString() {
        return (schema == null ? "" : schema + ".") + name + (alias != null ? " AS " + alias : anonymous ? " AS <anon>" : "");
    }
}
