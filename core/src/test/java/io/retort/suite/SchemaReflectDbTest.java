package io.retort.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.retort.Engine;
import io.retort.schema.Column;
import io.retort.schema.ForeignKey;
import io.retort.schema.Index;
import io.retort.schema.SqlType;
import io.retort.schema.Table;
import io.retort.schema.internal.SchemaModel;
import io.retort.schema.internal.SchemaSupport;
import io.retort.testkit.DbTest;
import io.retort.testkit.TestDatabase;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import reactor.test.StepVerifier;

/** A model created and then reflected reads back the same, up to what each catalog can tell apart. */
@DbTest
class SchemaReflectDbTest {

    enum Mood { HAPPY, SAD, SOMEWHAT_AMBIVALENT }

    private final Engine engine = TestDatabase.engine();

    private static final Table EVERY_TYPE = Table.builder("sch_every_type")
            .column(Column.builder("id", SqlType.INTEGER, Integer.class).primaryKey(true).autoIncrement(true).build())
            .column(Column.builder("big", SqlType.BIG_INTEGER, Long.class).nullable(false).serverDefault("0").build())
            .column(Column.builder("small", SqlType.SMALL_INTEGER, Short.class).build())
            .column(Column.builder("name", SqlType.STRING, String.class).length(80).serverDefault("'new'").build())
            .column(Column.builder("body", SqlType.TEXT, String.class).build())
            .column(Column.builder("free_text", SqlType.STRING, String.class).build())
            .column(Column.builder("flag", SqlType.BOOLEAN, Boolean.class).build())
            .column(Column.builder("day", SqlType.DATE, java.time.LocalDate.class).build())
            .column(Column.builder("at", SqlType.DATE_TIME, java.time.LocalDateTime.class).build())
            .column(Column.builder("at_tz", SqlType.DATE_TIME_TZ, java.time.OffsetDateTime.class).build())
            .column(Column.builder("clock", SqlType.TIME, java.time.LocalTime.class).build())
            .column(Column.builder("span", SqlType.INTERVAL, java.time.Duration.class).build())
            .column(Column.builder("ratio", SqlType.DOUBLE, Double.class).build())
            .column(Column.builder("weight", SqlType.FLOAT, Float.class).build())
            .column(Column.builder("price", SqlType.NUMERIC, java.math.BigDecimal.class).precision(20).scale(6).build())
            .column(Column.builder("mood", SqlType.ENUM, Mood.class).build())
            .column(Column.builder("data", SqlType.LARGE_BINARY, byte[].class).build())
            .column(Column.builder("uid", SqlType.UUID, java.util.UUID.class).unique(true).build())
            .column(Column.builder("doc", SqlType.JSON, String.class).build())
            .build();

    private static final Table PARTS = Table.builder("sch_parts")
            .column(Column.builder("maker", SqlType.STRING, String.class).length(20).primaryKey(true).build())
            .column(Column.builder("serial", SqlType.INTEGER, Integer.class).primaryKey(true).build())
            .build();

    private static final Table PART_USES = Table.builder("sch_part_uses")
            .column(Column.builder("id", SqlType.BIG_INTEGER, Long.class).primaryKey(true).build())
            .column(Column.builder("part_serial", SqlType.INTEGER, Integer.class).build())
            .column(Column.builder("part_maker", SqlType.STRING, String.class).length(20).build())
            .foreignKey(ForeignKey.of(List.of("part_maker", "part_serial"), "sch_parts", List.of("maker", "serial"))
                    .named("sch_part_uses_part").onDelete(ForeignKey.Action.SET_NULL))
            .index(Index.of("ix_sch_part_uses_serial_maker", List.of("part_serial", "part_maker")))
            .build();

    @AfterEach
    void dropTables() {
        models().dropAll(engine).as(StepVerifier::create).verifyComplete();
    }

    private static SchemaModel models() {
        return SchemaModel.of(List.of(SchemaDdlDbTest.POSTS, SchemaDdlDbTest.USERS, SchemaDdlDbTest.CITIES, EVERY_TYPE,
                PART_USES, PARTS));
    }

    @Test
    void reflectedTablesMatchTheModel() {
        models().createAll(engine)
                .then(SchemaModel.reflect(engine))
                .as(StepVerifier::create)
                .assertNext(reflected -> {
                    for (Table declared : models().tables()) {
                        assertSameTable(declared, reflected.table(declared.name()).orElseThrow());
                    }
                })
                .verifyComplete();
    }

    @Test
    void reflectionListsOnlyBaseTablesOfTheCurrentSchemaSortedByName() {
        models().createAll(engine)
                .then(SchemaModel.reflect(engine))
                .map(model -> model.tables().stream().map(Table::name).filter(n -> n.startsWith("sch_")).toList())
                .as(StepVerifier::create)
                .expectNext(List.of("sch_cities", "sch_every_type", "sch_part_uses", "sch_parts", "sch_posts", "sch_users"))
                .verifyComplete();
    }

    private void assertSameTable(Table declared, Table reflected) {
        SchemaSupport schema = engine.dialect().schema();
        assertThat(reflected.columns()).extracting(Column::name)
                .as(declared.name()).containsExactlyElementsOf(declared.columns().stream().map(Column::name).toList());
        for (Column column : declared.columns()) {
            Column back = reflected.column(column.name()).orElseThrow();
            String where = declared.name() + "." + column.name();
            assertThat(back.type()).as(where).isEqualTo(schema.reflectedType(column));
            assertThat(back.nullable()).as(where).isEqualTo(column.nullable());
            assertThat(back.primaryKey()).as(where).isEqualTo(column.primaryKey());
            assertThat(back.autoIncrement()).as(where).isEqualTo(column.autoIncrement());
            assertThat(back.unique()).as(where).isEqualTo(column.unique());
            assertThat(back.serverDefault()).as(where).isEqualTo(column.serverDefault());
            if (back.type() == SqlType.STRING && column.type() == SqlType.STRING) {
                assertThat(back.length()).as(where).isEqualTo(column.length());
            }
            if (column.type() == SqlType.NUMERIC) {
                assertThat(back.precision()).as(where).isEqualTo(column.precision());
                assertThat(back.scale()).as(where).isEqualTo(column.scale());
            }
        }
        assertThat(reflected.primaryKey()).as(declared.name()).isEqualTo(declared.primaryKey());
        assertThat(reflected.foreignKeys()).as(declared.name()).containsExactlyInAnyOrderElementsOf(declared.foreignKeys());
        assertThat(reflected.uniqueConstraints()).as(declared.name()).isEqualTo(declared.uniqueConstraints());
        assertThat(reflected.indexes()).as(declared.name()).containsExactlyInAnyOrderElementsOf(declared.indexes());
    }
}
