package io.retort.dialect.mysql;

import static io.retort.testkit.SqlFixtures.sql;
import static org.assertj.core.api.Assertions.assertThat;

import io.retort.internal.engine.SqlStatement;
import io.retort.sql.internal.SqlCompiler;
import io.retort.sql.internal.SqlSyntax;
import io.retort.testkit.SqlFixtures;

import org.junit.jupiter.api.Test;

/** The SQL MySQL and MariaDB get, without a database. */
class MySqlCompilerTest {

    private final SqlSyntax syntax = new MySqlSyntax();

    @Test
    void capabilities() {
        assertThat(syntax.supportsReturning()).isFalse();
        assertThat(syntax.supportsNativeIlike()).isFalse();
        assertThat(syntax.supportsNullsOrdering()).isFalse();
        assertThat(syntax.supportsArrayBinding()).isFalse();
    }

    @Test
    void pagingNeedsALimitBeforeAnOffset() {
        assertThat(sql(SqlFixtures.pagedSelect(), syntax)).isEqualTo("SELECT `name` FROM `users`"
                + " WHERE `age` > ? ORDER BY `name` LIMIT ? OFFSET ?");
        assertThat(sql(SqlFixtures.offsetOnly(), syntax))
                .isEqualTo("SELECT `name` FROM `users` LIMIT 18446744073709551615 OFFSET ?");
    }

    @Test
    void nullsOrderingIsEmulated() {
        assertThat(sql(SqlFixtures.nullsFirst(), syntax))
                .endsWith("ORDER BY CASE WHEN `age` IS NULL THEN 0 ELSE 1 END, `age` DESC");
    }

    @Test
    void inListHasOneMarkerPerValue() {
        SqlStatement statement = SqlCompiler.compileOne(SqlFixtures.inList(), syntax);
        assertThat(statement.sql()).endsWith("WHERE `id` IN (?, ?, ?)");
        assertThat(statement.parameters()).containsExactly(1L, 2L, 3L);
    }

    @Test
    void ilikeIsEmulatedAndTheBackslashEscapeIsDoubled() {
        assertThat(sql(SqlFixtures.ilike(), syntax)).isEqualTo("LOWER(`users`.`name`) LIKE LOWER(?) ESCAPE '\\\\'");
    }

    @Test
    void insertReturnsGeneratedKeysThroughTheDriver() {
        SqlStatement statement = SqlCompiler.compileOne(SqlFixtures.insertReturning(), syntax);
        assertThat(statement.sql()).isEqualTo("INSERT INTO `users` (`name`, `age`) VALUES (?, ?), (?, ?)");
        assertThat(statement.generatedColumns()).containsExactly("id");
    }

    @Test
    void upsertOnDuplicateKey() {
        assertThat(sql(SqlFixtures.upsertTwoRows(), syntax)).isEqualTo("INSERT INTO `users` (`id`, `name`)"
                + " VALUES (?, ?), (?, ?) ON DUPLICATE KEY UPDATE `name` = VALUES(`name`)");
    }

    @Test
    void bulkUpdateJoinsAUnionOfSelects() {
        assertThat(sql(SqlFixtures.bulkUpdateTwoRows(), syntax)).isEqualTo("UPDATE `users` JOIN (SELECT ? AS `id`,"
                + " ? AS `age` UNION ALL SELECT ?, ?) AS `retort_rows` ON `users`.`id` = `retort_rows`.`id`"
                + " SET `users`.`age` = `retort_rows`.`age`");
    }

    @Test
    void quotingDoublesBackquotes() {
        assertThat(syntax.quote("we`ird")).isEqualTo("`we``ird`");
    }
}
