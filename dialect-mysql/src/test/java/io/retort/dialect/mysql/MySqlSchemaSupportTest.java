package io.retort.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import io.retort.schema.Column;
import io.retort.schema.ForeignKey;
import io.retort.schema.SqlType;
import io.retort.schema.Table;
import io.retort.schema.internal.DdlPlan;
import io.retort.schema.internal.DdlWriter;
import io.retort.testkit.DdlSamples;

import org.junit.jupiter.api.Test;

/** The DDL MySql is sent, checked as text without a database. */
class MySqlSchemaSupportTest {

    private final DdlWriter ddl = new DdlWriter(new MySqlSyntax(), new MySqlSchemaSupport());

    @Test
    void createsTablesParentFirstWithIndexes() {
        assertThat(DdlPlan.create(List.of(DdlSamples.posts(), DdlSamples.users()), Set.of(), ddl)).containsExactly(
                "CREATE TABLE IF NOT EXISTS `users` (`id` BIGINT NOT NULL AUTO_INCREMENT, PRIMARY KEY (`id`)) DEFAULT"
                        + " CHARSET=utf8mb4",
                "CREATE TABLE IF NOT EXISTS `posts` (`id` BIGINT NOT NULL AUTO_INCREMENT, `title` VARCHAR(80) DEFAULT"
                        + " 'new' NOT NULL, `body` LONGTEXT, `price` DECIMAL(20,6), `mood` VARCHAR(12), `at` DATETIME(6),"
                        + " `span` BIGINT, `doc` JSON, `uid` CHAR(36), `user_id` BIGINT NOT NULL, PRIMARY KEY (`id`),"
                        + " CONSTRAINT `uq_posts_uid` UNIQUE (`uid`), CONSTRAINT `fk_posts_user_id` FOREIGN KEY (`user_id`)"
                        + " REFERENCES `users` (`id`) ON DELETE CASCADE) DEFAULT CHARSET=utf8mb4",
                "CREATE INDEX `ix_posts_title` ON `posts` (`title`)");
    }

    @Test
    void dropsChildrenFirstAndOnlyWhatExists() {
        assertThat(DdlPlan.drop(List.of(DdlSamples.users(), DdlSamples.posts()), Set.of("posts", "users"), ddl))
                .containsExactly("DROP TABLE IF EXISTS `posts`", "DROP TABLE IF EXISTS `users`");
    }

    @Test
    void closesAndOpensForeignKeyCyclesWithAlterTable() {
        Table a = cycleTable("a", "b");
        Table b = cycleTable("b", "a");
        assertThat(DdlPlan.create(List.of(a, b), Set.of(), ddl)).containsExactly(
                "CREATE TABLE IF NOT EXISTS `a` (`id` INT NOT NULL, `b_id` INT, PRIMARY KEY (`id`)) DEFAULT CHARSET=utf8mb4",
                "CREATE TABLE IF NOT EXISTS `b` (`id` INT NOT NULL, `a_id` INT, PRIMARY KEY (`id`),"
                        + " CONSTRAINT `fk_b_a_id` FOREIGN KEY (`a_id`) REFERENCES `a` (`id`)) DEFAULT CHARSET=utf8mb4",
                "ALTER TABLE `a` ADD CONSTRAINT `fk_a_b_id` FOREIGN KEY (`b_id`) REFERENCES `b` (`id`)");
        assertThat(DdlPlan.drop(List.of(a, b), Set.of("a", "b"), ddl)).containsExactly(
                "ALTER TABLE `a` DROP FOREIGN KEY `fk_a_b_id`", "DROP TABLE IF EXISTS `b`", "DROP TABLE IF EXISTS `a`");
    }

    @Test
    void skipsTablesThatExist() {
        assertThat(DdlPlan.create(List.of(DdlSamples.users()), Set.of("users"), ddl)).isEmpty();
    }

    private static Table cycleTable(String name, String other) {
        return Table.builder(name)
                .column(Column.builder("id", SqlType.INTEGER, Integer.class).primaryKey(true).build())
                .column(Column.builder(other + "_id", SqlType.INTEGER, Integer.class).build())
                .foreignKey(ForeignKey.of(List.of(other + "_id"), other, List.of("id")))
                .build();
    }
}
