package io.retort.dialect.mysql;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.OptionalInt;
import java.util.UUID;

import io.retort.schema.Column;
import io.retort.schema.SqlType;
import io.retort.schema.internal.CatalogQueries;
import io.retort.schema.internal.ColumnTypes;
import io.retort.schema.internal.SchemaSupport;
import io.retort.schema.internal.StandardCodecs;
import io.retort.schema.internal.ValueCodec;
import io.retort.schema.internal.ValueCodecs;

/**
 * MySQL's and MariaDB's DDL and catalog. Where MySQL has no native type the value is stored in a
 * plain one: an instant as {@code DATETIME(6)} in UTC, a duration as {@code BIGINT}
 * microseconds, a UUID as {@code CHAR(36)}. Tables are created in {@code utf8mb4}, so any
 * Unicode text (emoji included) round-trips. In the catalog every unique index is a unique
 * constraint, so a unique {@code Index} reflects as a unique constraint.
 */
final class MySqlSchemaSupport implements SchemaSupport {

    @Override
    public String columnType(Column column) {
        return switch (column.type()) {
            case INTEGER -> "INT";
            case BIG_INTEGER, INTERVAL -> "BIGINT";
            case SMALL_INTEGER -> "SMALLINT";
            case STRING -> column.length().isPresent() ? "VARCHAR(" + column.length().getAsInt() + ")" : "LONGTEXT";
            case TEXT -> "LONGTEXT";
            case BOOLEAN -> "BOOLEAN";
            case DATE -> "DATE";
            case DATE_TIME, DATE_TIME_TZ -> "DATETIME(6)";
            case TIME -> "TIME(6)";
            case DOUBLE -> "DOUBLE";
            case FLOAT -> "FLOAT";
            case NUMERIC -> "DECIMAL" + ColumnTypes.precisionAndScale(column);
            case ENUM -> "VARCHAR(" + ColumnTypes.enumLength(column) + ")";
            case LARGE_BINARY -> "LONGBLOB";
            case UUID -> "CHAR(36)";
            case JSON -> "JSON";
            case AUTO -> throw new IllegalArgumentException("Column " + column.name() + " has no resolved type");
        };
    }

    @Override
    public String identityClause(Column column) {
        return "AUTO_INCREMENT";
    }

    @Override
    public boolean identityAfterNotNull() {
        return true;
    }

    @Override
    public String tableOptions() {
        return "DEFAULT CHARSET=utf8mb4";
    }

    @Override
    public String dropForeignKey(String table, String constraint) {
        return "ALTER TABLE " + table + " DROP FOREIGN KEY " + constraint;
    }

    @Override
    public CatalogQueries catalog() {
        return MySqlCatalog.QUERIES;
    }

    @Override
    public SqlType typeFromCatalog(String typeName, OptionalInt length, OptionalInt precision, OptionalInt scale) {
        return switch (typeName.toLowerCase(java.util.Locale.ROOT)) {
            case "int", "mediumint" -> SqlType.INTEGER;
            case "bigint" -> SqlType.BIG_INTEGER;
            case "smallint", "tinyint" -> SqlType.SMALL_INTEGER;
            case "boolean" -> SqlType.BOOLEAN;
            case "varchar", "char" -> SqlType.STRING;
            case "date" -> SqlType.DATE;
            case "datetime" -> SqlType.DATE_TIME;
            case "timestamp" -> SqlType.DATE_TIME_TZ;
            case "time" -> SqlType.TIME;
            case "double" -> SqlType.DOUBLE;
            case "float" -> SqlType.FLOAT;
            case "decimal" -> SqlType.NUMERIC;
            case "blob", "longblob", "mediumblob", "tinyblob", "varbinary", "binary" -> SqlType.LARGE_BINARY;
            case "json" -> SqlType.JSON;
            case "uuid" -> SqlType.UUID;
            // text types, and types with no generic counterpart, read as text.
            default -> SqlType.TEXT;
        };
    }

    /**
     * Instants read as {@code DATETIME}, durations as {@code BIGINT}, UUIDs as {@code CHAR(36)};
     * MariaDB's {@code JSON} is an alias of {@code LONGTEXT} and reads as text.
     */
    @Override
    public SqlType reflectedType(Column declared) {
        return switch (declared.type()) {
            case DATE_TIME_TZ -> SqlType.DATE_TIME;
            case INTERVAL -> SqlType.BIG_INTEGER;
            case UUID, ENUM -> SqlType.STRING;
            case JSON -> SqlType.TEXT;
            default -> SchemaSupport.super.reflectedType(declared);
        };
    }

    @Override
    public ValueCodec codec(SqlType declared, Class<?> javaType) {
        SqlType type = StandardCodecs.resolve(declared, javaType);
        if (type == SqlType.DATE_TIME_TZ && javaType == OffsetDateTime.class) {
            return ValueCodecs.converting(LocalDateTime.class,
                    value -> ((OffsetDateTime) value).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime(),
                    utc -> utc.atOffset(ZoneOffset.UTC));
        }
        if (type == SqlType.DATE_TIME_TZ && javaType == Instant.class) {
            return ValueCodecs.converting(LocalDateTime.class,
                    value -> LocalDateTime.ofInstant((Instant) value, ZoneOffset.UTC),
                    utc -> utc.toInstant(ZoneOffset.UTC));
        }
        if (type == SqlType.INTERVAL && javaType == Duration.class) {
            return ValueCodecs.converting(Long.class, value -> ColumnTypes.micros((Duration) value),
                    micros -> Duration.of(micros, ChronoUnit.MICROS));
        }
        if (type == SqlType.UUID && javaType == UUID.class) {
            return ValueCodecs.converting(String.class, Object::toString, UUID::fromString);
        }
        return StandardCodecs.codec(type, javaType);
    }
}
