package io.retort.testkit;

import java.util.List;

import io.retort.schema.Column;
import io.retort.schema.ForeignKey;
import io.retort.schema.Index;
import io.retort.schema.SqlType;
import io.retort.schema.Table;

/** A table using most DDL features, for the dialects' DDL unit tests. */
public final class DdlSamples {

    /** An enum whose longest constant has 12 characters. */
    public enum Mood { HAPPY, SOMEWHAT_SAD }

    private DdlSamples() {
    }

    /** {@code posts}: identity key, defaults, numeric, enum, time types, JSON, a unique column and a foreign key. */
    public static Table posts() {
        return Table.builder("posts")
                .column(Column.builder("id", SqlType.BIG_INTEGER, Long.class).primaryKey(true).autoIncrement(true).build())
                .column(Column.builder("title", SqlType.STRING, String.class).length(80).nullable(false)
                        .serverDefault("'new'").build())
                .column(Column.builder("body", SqlType.STRING, String.class).build())
                .column(Column.builder("price", SqlType.NUMERIC, java.math.BigDecimal.class).precision(20).scale(6).build())
                .column(Column.builder("mood", SqlType.ENUM, Mood.class).build())
                .column(Column.builder("at", SqlType.DATE_TIME_TZ, java.time.Instant.class).build())
                .column(Column.builder("span", SqlType.INTERVAL, java.time.Duration.class).build())
                .column(Column.builder("doc", SqlType.JSON, String.class).build())
                .column(Column.builder("uid", SqlType.UUID, java.util.UUID.class).unique(true).build())
                .column(Column.builder("user_id", SqlType.BIG_INTEGER, Long.class).nullable(false).build())
                .foreignKey(ForeignKey.of(List.of("user_id"), "users", List.of("id")).onDelete(ForeignKey.Action.CASCADE))
                .index(Index.on("posts", List.of("title")))
                .build();
    }

    /** {@code users}, referred to by {@link #posts()}. */
    public static Table users() {
        return Table.builder("users")
                .column(Column.builder("id", SqlType.BIG_INTEGER, Long.class).primaryKey(true).autoIncrement(true).build())
                .build();
    }
}
