package io.retort.dialect.postgres;

import static io.retort.testkit.SqlFixtures.sql;
import static org.assertj.core.api.Assertions.assertThat;

import io.retort.internal.engine.SqlStatement;
import io.retort.sql.internal.SqlCompiler;
import io.retort.sql.internal.SqlSyntax;
import io.retort.testkit.SqlFixtures;

import org.junit.jupiter.api.Test;

/** The SQL PostgreSQL gets, without a database. */
class PostgresCompilerTest {

    private final SqlSyntax syntax = new PostgresSyntax();

    @Test
    void capabilities() {
        assertThat(syntax.supportsReturning()).isTrue();
        assertThat(syntax.supportsNativeIlike()).isTrue();
        assertThat(syntax.supportsNullsOrdering()).isTrue();
        assertThat(syntax.supportsArrayBinding()).isTrue();
    }

    @Test
    void pagingIsBound() {
        assertThat(sql(SqlFixtures.pagedSelect(), syntax)).isEqualTo("SELECT \"name\" FROM \"users\""
                + " WHERE \"age\" > $1 ORDER BY \"name\" LIMIT $2 OFFSET $3");
        assertThat(sql(SqlFixtures.offsetOnly(), syntax)).isEqualTo("SELECT \"name\" FROM \"users\" OFFSET $1");
    }

    @Test
    void nullsOrderingIsNative() {
        assertThat(sql(SqlFixtures.nullsFirst(), syntax))
                .endsWith("ORDER BY \"age\" DESC NULLS FIRST");
    }

    @Test
    void inListIsOneArrayParameter() {
        SqlStatement statement = SqlCompiler.compileOne(SqlFixtures.inList(), syntax);
        assertThat(statement.sql()).endsWith("WHERE \"id\" = ANY($1)");
        assertThat(statement.parameters()).hasSize(1);
        assertThat(statement.parameters().get(0)).isEqualTo(new Long[] {1L, 2L, 3L});
    }

    @Test
    void ilikeIsNative() {
        assertThat(sql(SqlFixtures.ilike(), syntax)).isEqualTo("\"users\".\"name\" ILIKE $1 ESCAPE '\\'");
    }

    @Test
    void correlatedSubqueryDoesNotRepeatTheOuterTable() {
        assertThat(sql(SqlFixtures.correlatedExists(), syntax)).isEqualTo("SELECT \"name\" FROM \"users\""
                + " WHERE EXISTS (SELECT \"user_id\" FROM \"orders\""
                + " WHERE \"user_id\" = \"users\".\"id\")");
    }

    @Test
    void insertReturning() {
        assertThat(sql(SqlFixtures.insertReturning(), syntax)).isEqualTo("INSERT INTO \"users\" (\"name\", \"age\")"
                + " VALUES ($1, $2), ($3, $4) RETURNING \"id\"");
    }

    @Test
    void upsertOnConflict() {
        assertThat(sql(SqlFixtures.upsertTwoRows(), syntax)).isEqualTo("INSERT INTO \"users\" (\"id\", \"name\")"
                + " VALUES ($1, $2), ($3, $4) ON CONFLICT (\"id\") DO UPDATE SET \"name\" = EXCLUDED.\"name\"");
    }

    @Test
    void bulkUpdateJoinsUnnestedArrays() {
        SqlStatement statement = SqlCompiler.compileOne(SqlFixtures.bulkUpdateTwoRows(), syntax);
        assertThat(statement.sql()).isEqualTo("UPDATE \"users\" SET \"age\" = \"retort_rows\".\"age\""
                + " FROM unnest($1, $2) AS \"retort_rows\"(\"id\", \"age\")"
                + " WHERE \"users\".\"id\" = \"retort_rows\".\"id\"");
        assertThat(statement.parameters()).containsExactly(new Long[] {1L, 2L}, new Integer[] {31, 18});
    }

    @Test
    void bulkUpdateRenamesAKeyItAlsoSets() {
        assertThat(sql(io.retort.sql.Sql.bulkUpdate(SqlFixtures.USERS).keys(SqlFixtures.ID, SqlFixtures.AGE)
                .columns(SqlFixtures.AGE).row(1L, 3, 4), syntax))
                .isEqualTo("UPDATE \"users\" SET \"age\" = \"retort_rows\".\"new_age\" FROM unnest($1, $2, $3)"
                        + " AS \"retort_rows\"(\"id\", \"age\", \"new_age\") WHERE \"users\".\"id\" ="
                        + " \"retort_rows\".\"id\" AND \"users\".\"age\" = \"retort_rows\".\"age\"");
    }

    @Test
    void groupByHaving() {
        assertThat(sql(SqlFixtures.countPerName(), syntax)).isEqualTo("SELECT \"users\".\"name\", COUNT(*) AS \"n\""
                + " FROM \"users\" GROUP BY \"users\".\"name\" HAVING COUNT(*) > $1");
    }
}
