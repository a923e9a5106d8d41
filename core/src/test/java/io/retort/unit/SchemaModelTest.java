package io.retort.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.retort.schema.Column;
import io.retort.schema.ForeignKey;
import io.retort.schema.Index;
import io.retort.schema.SqlType;
import io.retort.schema.Table;
import io.retort.schema.internal.ConstraintNames;
import io.retort.schema.internal.ForeignKeyOrder;
import io.retort.schema.internal.SchemaModel;
import io.retort.schema.internal.StandardCodecs;

import org.junit.jupiter.api.Test;

/** The schema model on its own: types, builders, names and foreign-key order, no database. */
class SchemaModelTest {

    enum Colour { RED }

    @Test
    void javaTypesMapToGenericTypes() {
        assertThat(SqlType.forJavaType(int.class)).isEqualTo(SqlType.INTEGER);
        assertThat(SqlType.forJavaType(Long.class)).isEqualTo(SqlType.BIG_INTEGER);
        assertThat(SqlType.forJavaType(Instant.class)).isEqualTo(SqlType.DATE_TIME_TZ);
        assertThat(SqlType.forJavaType(Duration.class)).isEqualTo(SqlType.INTERVAL);
        assertThat(SqlType.forJavaType(Colour.class)).isEqualTo(SqlType.ENUM);
        assertThat(SqlType.forJavaType(byte[].class)).isEqualTo(SqlType.LARGE_BINARY);
        assertThat(SqlType.forJavaType(UUID.class)).isEqualTo(SqlType.UUID);
    }

    @Test
    void unsupportedJavaTypeNamesTheSupportedOnes() {
        assertThatThrownBy(() -> SqlType.forJavaType(java.util.Date.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Java type java.util.Date has no SQL type; supported types are Integer/int,")
                .hasMessageContaining("OffsetDateTime")
                .hasMessageContaining("any enum");
    }

    @Test
    void autoTypeIsResolvedAndPrimaryKeyIsNotNullable() {
        Column id = Column.builder("id", SqlType.AUTO, Long.class).primaryKey(true).build();
        assertThat(id.type()).isEqualTo(SqlType.BIG_INTEGER);
        assertThat(id.nullable()).isFalse();
        assertThat(id.serverDefault()).isEmpty();
    }

    @Test
    void columnBuilderChecksEachSetting() {
        assertThatThrownBy(() -> Column.builder("n", SqlType.STRING, String.class).length(0))
                .hasMessage("length must be at least 1, was 0");
        assertThatThrownBy(() -> Column.builder("p", SqlType.NUMERIC, java.math.BigDecimal.class).scale(2).build())
                .hasMessage("Column p has a scale but no precision; set precision too");
        assertThatThrownBy(() -> Column.builder(" ", SqlType.STRING, String.class))
                .hasMessage("name must not be null or blank");
    }

    @Test
    void tableNamesForeignKeysAndFoldsOneColumnUniqueConstraints() {
        Table users = users();
        assertThat(users.foreignKeys()).extracting(ForeignKey::name).containsExactly("fk_users_city_id");
        assertThat(users.column("email").orElseThrow().unique()).isTrue();
        assertThat(users.uniqueConstraints()).containsExactly(List.of("name", "city_id"));
        assertThat(users.primaryKey()).containsExactly("id");
        assertThat(users.column("missing")).isEmpty();
    }

    @Test
    void tableRejectsKeysOnMissingColumns() {
        assertThatThrownBy(() -> Table.builder("t")
                .column(Column.builder("id", SqlType.INTEGER, Integer.class).build())
                .index(Index.of("ix_t_x", List.of("x")))
                .build())
                .hasMessage("The index ix_t_x of table t names column x, which the table does not have; its columns are [id]");
    }

    @Test
    void longGeneratedNamesAreShortenedDeterministically() {
        String name = ConstraintNames.of("fk", "a_table_with_a_really_long_descriptive_name",
                List.of("and_a_long_column_name", "another_one"));
        assertThat(name).hasSizeLessThanOrEqualTo(60).startsWith("fk_a_table_with")
                .isEqualTo(ConstraintNames.of("fk", "a_table_with_a_really_long_descriptive_name",
                        List.of("and_a_long_column_name", "another_one")));
    }

    @Test
    void foreignKeyOrderPutsParentsFirstAndDefersOnlyCycleKeys() {
        Table cities = table("cities", "country_id", "countries");
        Table countries = table("countries", "capital_id", "cities");
        Table users = table("users", "city_id", "cities");
        Table selfish = table("employees", "boss_id", "employees");
        ForeignKeyOrder order = ForeignKeyOrder.of(List.of(users, selfish, cities, countries));
        assertThat(order.tables()).extracting(Table::name).containsExactly("employees", "cities", "users", "countries");
        assertThat(order.deferred()).extracting(ForeignKey::name).containsExactly("fk_cities_country_id");
    }

    @Test
    void enumCodecNeedsTheEnumType() {
        assertThatThrownBy(() -> StandardCodecs.codec(SqlType.STRING, Colour.class))
                .hasMessage("Enum " + Colour.class.getName() + " can only be stored as ENUM, not STRING");
        assertThatThrownBy(() -> StandardCodecs.codec(SqlType.ENUM, String.class))
                .hasMessage("java.lang.String is not an enum; an ENUM column needs an enum type");
    }

    @Test
    void schemaModelRejectsDuplicateTables() {
        assertThatThrownBy(() -> SchemaModel.of(List.of(users(), users())))
                .hasMessage("The schema has two tables named users");
    }

    private static Table users() {
        return Table.builder("users")
                .column(Column.builder("id", SqlType.BIG_INTEGER, Long.class).primaryKey(true).build())
                .column(Column.builder("name", SqlType.STRING, String.class).length(50).build())
                .column(Column.builder("email", SqlType.STRING, String.class).length(50).build())
                .column(Column.builder("city_id", SqlType.BIG_INTEGER, Long.class).build())
                .foreignKey(ForeignKey.of(List.of("city_id"), "cities", List.of("id")))
                .uniqueConstraint(List.of("email"))
                .uniqueConstraint(List.of("name", "city_id"))
                .build();
    }

    private static Table table(String name, String keyColumn, String referred) {
        return Table.builder(name)
                .column(Column.builder("id", SqlType.INTEGER, Integer.class).primaryKey(true).build())
                .column(Column.builder(keyColumn, SqlType.INTEGER, Integer.class).build())
                .foreignKey(ForeignKey.of(List.of(keyColumn), referred, List.of("id")))
                .build();
    }
}
