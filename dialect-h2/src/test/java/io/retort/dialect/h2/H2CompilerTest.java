package io.retort.dialect.h2;

import static io.retort.testkit.SqlFixtures.sql;
import static org.assertj.core.api.Assertions.assertThat;

import io.retort.sql.internal.SqlSyntax;
import io.retort.testkit.SqlFixtures;

import org.junit.jupiter.api.Test;

/** The SQL H2 gets, without a database. */
class H2CompilerTest {

    private final SqlSyntax syntax = new H2Syntax();

    @Test
    void capabilities() {
        assertThat(syntax.supportsReturning()).isTrue();
        assertThat(syntax.supportsNativeIlike()).isFalse();
        assertThat(syntax.supportsNullsOrdering()).isTrue();
    }

    @Test
    void pagingIsBound() {
        assertThat(sql(SqlFixtures.pagedSelect(), syntax)).endsWith("ORDER BY \"name\" LIMIT $2 OFFSET $3");
    }

    @Test
    void ilikeIsEmulated() {
        assertThat(sql(SqlFixtures.ilike(), syntax)).isEqualTo("LOWER(\"users\".\"name\") LIKE LOWER($1) ESCAPE '\\'");
    }

    @Test
    void insertReturnsThroughAFinalTable() {
        assertThat(sql(SqlFixtures.insertReturning(), syntax)).isEqualTo("SELECT \"id\" FROM FINAL TABLE"
                + " (INSERT INTO \"users\" (\"name\", \"age\") VALUES ($1, $2), ($3, $4))");
    }

    @Test
    void upsertMergesOnKey() {
        assertThat(sql(SqlFixtures.upsertTwoRows(), syntax)).isEqualTo("MERGE INTO \"users\" (\"id\", \"name\")"
                + " KEY (\"id\") VALUES ($1, $2), ($3, $4)");
    }

    @Test
    void bulkUpdateMergesFromValues() {
        assertThat(sql(SqlFixtures.bulkUpdateTwoRows(), syntax)).isEqualTo("MERGE INTO \"users\" USING (VALUES"
                + " ($1, $2), ($3, $4)) AS \"retort_rows\"(\"id\", \"age\") ON \"users\".\"id\" = \"retort_rows\".\"id\""
                + " WHEN MATCHED THEN UPDATE SET \"age\" = \"retort_rows\".\"age\"");
    }
}
