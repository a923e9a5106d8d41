package io.retort.suite;

import static io.retort.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import io.retort.DatabaseException;
import io.retort.Engine;
import io.retort.schema.Column;
import io.retort.schema.ForeignKey;
import io.retort.schema.Index;
import io.retort.schema.SqlType;
import io.retort.schema.Table;
import io.retort.schema.internal.SchemaModel;
import io.retort.testkit.DbTest;
import io.retort.testkit.TestDatabase;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import reactor.test.StepVerifier;

@DbTest
class SchemaDdlDbTest {

    private final Engine engine = TestDatabase.engine();

    static Column id(String name) {
        return Column.builder(name, SqlType.BIG_INTEGER, Long.class).primaryKey(true).autoIncrement(true).build();
    }

    static final Table CITIES = Table.builder("sch_cities")
            .column(id("id"))
            .column(Column.builder("name", SqlType.STRING, String.class).length(50).nullable(false).unique(true).build())
            .build();

    static final Table USERS = Table.builder("sch_users")
            .column(id("id"))
            .column(Column.builder("name", SqlType.STRING, String.class).length(50).nullable(false).build())
            .column(Column.builder("age", SqlType.INTEGER, Integer.class).serverDefault("18").build())
            .column(Column.builder("city_id", SqlType.BIG_INTEGER, Long.class).build())
            .column(Column.builder("email", SqlType.STRING, String.class).length(100).build())
            .column(Column.builder("tag", SqlType.STRING, String.class).length(20).build())
            .foreignKey(ForeignKey.of(List.of("city_id"), "sch_cities", List.of("id")).onDelete(ForeignKey.Action.CASCADE))
            .uniqueConstraint(List.of("email", "tag"))
            .index(Index.on("sch_users", List.of("name")))
            .build();

    static final Table POSTS = Table.builder("sch_posts")
            .column(id("id"))
            .column(Column.builder("user_id", SqlType.BIG_INTEGER, Long.class).nullable(false).build())
            .column(Column.builder("parent_id", SqlType.BIG_INTEGER, Long.class).build())
            .column(Column.builder("title", SqlType.TEXT, String.class).build())
            .column(Column.builder("status", SqlType.STRING, String.class).length(10).serverDefault("'new'").build())
            .column(Column.builder("price", SqlType.NUMERIC, java.math.BigDecimal.class).precision(10).scale(2).build())
            .foreignKey(ForeignKey.of(List.of("user_id"), "sch_users", List.of("id")))
            .foreignKey(ForeignKey.of(List.of("parent_id"), "sch_posts", List.of("id")))
            .index(Index.of("ix_sch_posts_user_status", List.of("user_id", "status")))
            .build();

    /** Children first, so creation has to reorder them. */
    static final SchemaModel BLOG = SchemaModel.of(List.of(POSTS, USERS, CITIES));

    static final Table CYCLE_A = Table.builder("sch_cycle_a")
            .column(Column.builder("id", SqlType.INTEGER, Integer.class).primaryKey(true).build())
            .column(Column.builder("b_id", SqlType.INTEGER, Integer.class).build())
            .foreignKey(ForeignKey.of(List.of("b_id"), "sch_cycle_b", List.of("id")))
            .build();

    static final Table CYCLE_B = Table.builder("sch_cycle_b")
            .column(Column.builder("id", SqlType.INTEGER, Integer.class).primaryKey(true).build())
            .column(Column.builder("a_id", SqlType.INTEGER, Integer.class).build())
            .foreignKey(ForeignKey.of(List.of("a_id"), "sch_cycle_a", List.of("id")))
            .build();

    static final SchemaModel CYCLE = SchemaModel.of(List.of(CYCLE_A, CYCLE_B));

    @AfterEach
    void dropTables() {
        CYCLE.dropAll(engine).then(BLOG.dropAll(engine)).as(StepVerifier::create).verifyComplete();
    }

    @Test
    void createAllCreatesParentsBeforeChildrenWithIndexes() {
        TestDatabase.recorder().reset();
        BLOG.createAll(engine).as(StepVerifier::create).verifyComplete();
        assertThat(createdTables()).containsExactly("sch_cities", "sch_users", "sch_posts");
        assertThat(TestDatabase.recorder().count("create index")).isEqualTo(2);
        assertTableNames(names -> assertThat(names).contains("sch_cities", "sch_users", "sch_posts"));
    }

    @Test
    void createAllSkipsTablesThatExist() {
        SchemaModel.of(List.of(CITIES)).createAll(engine).as(StepVerifier::create).verifyComplete();
        TestDatabase.recorder().reset();
        BLOG.createAll(engine).as(StepVerifier::create).verifyComplete();
        assertThat(createdTables()).containsExactly("sch_users", "sch_posts");
        TestDatabase.recorder().reset();
        BLOG.createAll(engine).as(StepVerifier::create).verifyComplete();
        assertThat(TestDatabase.recorder().count("create")).isZero();
    }

    @Test
    void dropAllDropsChildrenFirstAndSkipsMissingTables() {
        BLOG.createAll(engine).as(StepVerifier::create).verifyComplete();
        engine.executeUpdate(text("insert into " + q("sch_cities") + " (" + q("name") + ") values ('Paris')"))
                .as(StepVerifier::create).expectNext(1L).verifyComplete();
        TestDatabase.recorder().reset();
        BLOG.dropAll(engine).as(StepVerifier::create).verifyComplete();
        assertThat(droppedTables()).containsExactly("sch_posts", "sch_users", "sch_cities");
        assertTableNames(names -> assertThat(names).doesNotContain("sch_cities", "sch_users", "sch_posts"));
        TestDatabase.recorder().reset();
        BLOG.dropAll(engine).as(StepVerifier::create).verifyComplete();
        assertThat(TestDatabase.recorder().count("drop")).isZero();
    }

    @Test
    void serverDefaultsAndCascadeWork() {
        BLOG.createAll(engine).as(StepVerifier::create).verifyComplete();
        engine.executeUpdate(text("insert into " + q("sch_cities") + " (" + q("name") + ") values ('Oslo')"))
                .thenMany(engine.execute(text("select " + q("id") + " from " + q("sch_cities"))))
                .map(row -> row.get(0, Long.class))
                .single()
                .flatMap(cityId -> engine.executeUpdate(text("insert into " + q("sch_users") + " (" + q("name") + ", "
                        + q("city_id") + ") values ('ed', :city)").bind("city", cityId)))
                .thenMany(engine.execute(text("select " + q("age") + " from " + q("sch_users"))))
                .map(row -> row.get(0, Integer.class))
                .as(StepVerifier::create).expectNext(18).verifyComplete();
        engine.executeUpdate(text("delete from " + q("sch_cities")))
                .thenMany(engine.execute(text("select count(*) from " + q("sch_users"))))
                .map(row -> row.get(0, Long.class))
                .as(StepVerifier::create).expectNext(0L).verifyComplete();
    }

    @Test
    void foreignKeyCycleIsClosedWithAlterTableAndOpenedBeforeDrop() {
        TestDatabase.recorder().reset();
        CYCLE.createAll(engine).as(StepVerifier::create).verifyComplete();
        assertThat(TestDatabase.recorder().count("alter table")).isEqualTo(1);
        SchemaModel.reflect(engine)
                .as(StepVerifier::create)
                .assertNext(model -> {
                    assertThat(model.table("sch_cycle_a").orElseThrow().foreignKeys()).hasSize(1);
                    assertThat(model.table("sch_cycle_b").orElseThrow().foreignKeys()).hasSize(1);
                })
                .verifyComplete();
        TestDatabase.recorder().reset();
        CYCLE.dropAll(engine).as(StepVerifier::create).verifyComplete();
        assertThat(TestDatabase.recorder().count("alter table")).isEqualTo(1);
        assertTableNames(names -> assertThat(names).doesNotContain("sch_cycle_a", "sch_cycle_b"));
    }

    @Test
    void createAllFailsWithTheDatabaseErrorAndStopsThere() {
        Table broken = Table.builder("sch_broken")
                .column(Column.builder("id", SqlType.INTEGER, Integer.class).primaryKey(true)
                        .serverDefault("no such function(").build())
                .build();
        Table after = Table.builder("sch_after_broken")
                .column(Column.builder("id", SqlType.INTEGER, Integer.class).primaryKey(true).build())
                .build();
        SchemaModel.of(List.of(broken, after)).createAll(engine)
                .as(StepVerifier::create)
                .verifyErrorSatisfies(error -> assertThat(error).isInstanceOf(DatabaseException.class)
                        .hasMessageContaining("sch_broken"));
        assertTableNames(names -> assertThat(names).doesNotContain("sch_broken", "sch_after_broken"));
    }

    private void assertTableNames(Consumer<List<String>> check) {
        SchemaModel.reflect(engine)
                .map(model -> model.tables().stream().map(Table::name).toList())
                .as(StepVerifier::create)
                .assertNext(check)
                .verifyComplete();
    }

    private List<String> createdTables() {
        return tablesAfter("create table ");
    }

    private List<String> droppedTables() {
        return tablesAfter("drop table ");
    }

    private List<String> tablesAfter(String verb) {
        return TestDatabase.recorder().statements().stream()
                .filter(sql -> sql.toLowerCase(Locale.ROOT).startsWith(verb))
                .map(sql -> sql.substring(verb.length()).replace("IF NOT EXISTS ", "").replace("IF EXISTS ", ""))
                .map(rest -> rest.substring(1, rest.indexOf(rest.charAt(0), 1)))
                .toList();
    }

    private String q(String identifier) {
        return engine.dialect().syntax().quote(identifier);
    }
}
