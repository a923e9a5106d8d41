package io.retort.schema;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import io.retort.internal.Checks;

import org.jspecify.annotations.Nullable;

/**
 * One column of a {@link Table}: its name, generic type, the Java type its values have, and its
 * settings. Immutable; made with {@link #builder(String, SqlType, Class)}.
 *
 * <pre>{@code
 * Column name = Column.builder("name", SqlType.STRING, String.class).length(50).nullable(false).build();
 * Column id = Column.builder("id", SqlType.AUTO, Long.class).primaryKey(true).autoIncrement(true).build();
 * Column age = Column.builder("age", SqlType.INTEGER, Integer.class).serverDefault("18").build();
 * }</pre>
 *
 * <p>A primary-key column is never nullable. A {@link SqlType#AUTO} type is resolved from the
 * Java type when the column is built, so {@link #type()} never returns {@code AUTO}.
 */
public final class Column {

    private final String name;
    private final SqlType type;
    private final Class<?> javaType;
    private final boolean nullable;
    private final boolean primaryKey;
    private final @Nullable Integer length;
    private final @Nullable Integer precision;
    private final @Nullable Integer scale;
    private final boolean unique;
    private final boolean autoIncrement;
    private final @Nullable String serverDefault;

    private Column(Builder b) {
        this.name = b.name;
        this.type = b.type == SqlType.AUTO ? SqlType.forJavaType(b.javaType) : b.type;
        this.javaType = b.javaType;
        this.primaryKey = b.primaryKey;
        this.nullable = b.nullable && !b.primaryKey;
        this.length = b.length;
        this.precision = b.precision;
        this.scale = b.scale;
        this.unique = b.unique;
        this.autoIncrement = b.autoIncrement;
        this.serverDefault = b.serverDefault;
    }

    /** A builder for a nullable, non-key column; {@code type} may be {@link SqlType#AUTO}. */
    public static Builder builder(String name, SqlType type, Class<?> javaType) {
        return new Builder(Checks.notBlank(name, "name"), Checks.notNull(type, "type"),
                Checks.notNull(javaType, "javaType"));
    }

    /** A builder starting from this column's settings. */
    public Builder toBuilder() {
        Builder b = new Builder(name, type, javaType).nullable(nullable).primaryKey(primaryKey).unique(unique)
                .autoIncrement(autoIncrement);
        b.length = length;
        b.precision = precision;
        b.scale = scale;
        b.serverDefault = serverDefault;
        return b;
    }

    /** The column's name as the database knows it (quoted in every statement). */
    public String name() {
        return name;
    }

    /** The generic SQL type; never {@link SqlType#AUTO}. */
    public SqlType type() {
        return type;
    }

    /** The Java type values of this column have, for example {@code Long.class} or an enum class. */
    public Class<?> javaType() {
        return javaType;
    }

    /** Whether the column accepts null; false for primary-key columns. */
    public boolean nullable() {
        return nullable;
    }

    /** Whether the column is part of its table's primary key. */
    public boolean primaryKey() {
        return primaryKey;
    }

    /** The maximum length of a string or enum column, when given. */
    public OptionalInt length() {
        return length == null ? OptionalInt.empty() : OptionalInt.of(length);
    }

    /** The total number of digits of a numeric column, when given. */
    public OptionalInt precision() {
        return precision == null ? OptionalInt.empty() : OptionalInt.of(precision);
    }

    /** The digits after the decimal point of a numeric column, when given. */
    public OptionalInt scale() {
        return scale == null ? OptionalInt.empty() : OptionalInt.of(scale);
    }

    /** Whether the column alone must hold unique values (a one-column unique constraint). */
    public boolean unique() {
        return unique;
    }

    /** Whether the database generates the value (identity or auto-increment). */
    public boolean autoIncrement() {
        return autoIncrement;
    }

    /**
     * The database-side default as a SQL fragment, for example {@code 18}, {@code 'new'} or
     * {@code CURRENT_TIMESTAMP}. It is SQL written by the model author, not a bound value.
     */
    public Optional<String> serverDefault() {
        return Optional.ofNullable(serverDefault);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Column c && name.equals(c.name) && type == c.type && javaType == c.javaType
                && nullable == c.nullable && primaryKey == c.primaryKey && Objects.equals(length, c.length)
                && Objects.equals(precision, c.precision) && Objects.equals(scale, c.scale) && unique == c.unique
                && autoIncrement == c.autoIncrement && Objects.equals(serverDefault, c.serverDefault);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, type, javaType, nullable, primaryKey, length, precision, scale, unique);
    }

    @Override
    public String toString() {
        return "Column[" + name + " " + type + (length == null ? "" : "(" + length + ")")
                + (precision == null ? "" : "(" + precision + "," + scale + ")") + " " + javaType.getSimpleName()
                + (primaryKey ? " primary key" : "") + (nullable ? "" : " not null") + (unique ? " unique" : "")
                + (autoIncrement ? " auto-increment" : "") + (serverDefault == null ? "" : " default " + serverDefault)
                + "]";
    }

    /**
     * Settings for a {@link Column}; each setter checks its value at once.
     *
     * <pre>{@code
     * Column.builder("price", SqlType.NUMERIC, BigDecimal.class).precision(10).scale(2).build();
     * }</pre>
     */
    public static final class Builder {

        private final String name;
        private final SqlType type;
        private final Class<?> javaType;
        private boolean nullable = true;
        private boolean primaryKey;
        private @Nullable Integer length;
        private @Nullable Integer precision;
        private @Nullable Integer scale;
        private boolean unique;
        private boolean autoIncrement;
        private @Nullable String serverDefault;

        private Builder(String name, SqlType type, Class<?> javaType) {
            this.name = name;
            this.type = type;
            this.javaType = javaType;
        }

        /** Whether null is allowed; default true (always false for a primary-key column). */
        public Builder nullable(boolean on) {
            this.nullable = on;
            return this;
        }

        /** Whether the column is part of the primary key; default false. */
        public Builder primaryKey(boolean on) {
            this.primaryKey = on;
            return this;
        }

        /** The maximum length of a string or enum column; at least 1. */
        public Builder length(int characters) {
            this.length = Checks.positive(characters, "length");
            return this;
        }

        /** The total digits of a numeric column; at least 1. */
        public Builder precision(int digits) {
            this.precision = Checks.positive(digits, "precision");
            if (scale == null) {
                scale = 0;
            }
            return this;
        }

        /** The digits after the decimal point of a numeric column; at least 0. */
        public Builder scale(int digits) {
            if (digits < 0) {
                throw new IllegalArgumentException("scale must be at least 0, was " + digits);
            }
            this.scale = digits;
            return this;
        }

        /** Whether the column's values must be unique; default false. */
        public Builder unique(boolean on) {
            this.unique = on;
            return this;
        }

        /** Whether the database generates values (identity or auto-increment); default false. */
        public Builder autoIncrement(boolean on) {
            this.autoIncrement = on;
            return this;
        }

        /** The database-side default as a SQL fragment (not a value), for example {@code 'new'}; null for none. */
        public Builder serverDefault(@Nullable String sql) {
            if (sql != null && sql.isBlank()) {
                throw new IllegalArgumentException("serverDefault must not be blank; pass null for no default");
            }
            this.serverDefault = sql;
            return this;
        }

        /** The column; a scale without a precision is an error. */
        public Column build() {
            if (scale != null && precision == null) {
                throw new IllegalArgumentException("Column " + name + " has a scale but no precision; set precision too");
            }
            if (precision != null && scale != null && scale > precision) {
                throw new IllegalArgumentException("Column " + name + " has scale " + scale
                        + " greater than its precision " + precision);
            }
            return new Column(this);
        }
    }
}
