package io.retort.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import io.retort.Engine;
import io.retort.internal.EngineAccess;
import io.retort.internal.engine.SqlStatement;
import io.retort.schema.Column;
import io.retort.schema.SqlType;
import io.retort.schema.Table;
import io.retort.schema.internal.SchemaModel;
import io.retort.schema.internal.ValueCodec;
import io.retort.testkit.DbTest;
import io.retort.testkit.TestDatabase;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/**
 * Every Java type of the model goes into a table through its codec and comes back unchanged,
 * edge values and null included.
 */
@DbTest
class TypeRoundTripDbTest {

    enum Mood { HAPPY, SAD, SOMEWHAT_AMBIVALENT }

    private static final String LONG_TEXT = "x".repeat(69_990) + "é😀漢字テスト";

    private final Engine engine = TestDatabase.engine();

    static Stream<Arguments> types() {
        byte[] withNuls = new byte[100_000];
        for (int i = 0; i < withNuls.length; i++) {
            withNuls[i] = (byte) (i % 7 == 0 ? 0 : i * 31);
        }
        return Stream.of(
                exact("integer", column(SqlType.INTEGER, Integer.class), Integer.MIN_VALUE, Integer.MAX_VALUE, 0),
                exact("int_primitive", column(SqlType.AUTO, int.class), -1, 42),
                exact("long_primitive", column(SqlType.AUTO, long.class), Long.MIN_VALUE, 7L),
                exact("boolean_primitive", column(SqlType.AUTO, boolean.class), true),
                exact("double_primitive", column(SqlType.AUTO, double.class), -2.5),
                exact("big_integer", column(SqlType.BIG_INTEGER, Long.class), Long.MIN_VALUE, Long.MAX_VALUE),
                exact("small_integer", column(SqlType.SMALL_INTEGER, Short.class), Short.MIN_VALUE, Short.MAX_VALUE),
                exact("string", column(SqlType.STRING, String.class).length(100), "héllo 😀 漢字", "", "it's \"quoted\""),
                exact("long_string", column(SqlType.STRING, String.class), LONG_TEXT),
                exact("text", column(SqlType.TEXT, String.class), LONG_TEXT, "Ünïcödé 🎉"),
                exact("boolean", column(SqlType.BOOLEAN, Boolean.class), true, false),
                exact("date", column(SqlType.DATE, LocalDate.class), LocalDate.of(1000, 1, 1), LocalDate.of(2024, 2, 29),
                        LocalDate.of(9999, 12, 31)),
                exact("date_time", column(SqlType.DATE_TIME, LocalDateTime.class),
                        LocalDateTime.of(2024, 2, 29, 13, 14, 15, 123_456_000), LocalDateTime.of(1999, 12, 31, 23, 59, 59, 999_999_000)),
                sameInstant("date_time_tz", column(SqlType.DATE_TIME_TZ, OffsetDateTime.class),
                        OffsetDateTime.parse("2024-02-29T13:14:15.123456+05:30"),
                        OffsetDateTime.parse("1999-12-31T23:59:59.999999-08:00"),
                        OffsetDateTime.parse("2020-06-01T00:00:00Z")),
                exact("instant", column(SqlType.DATE_TIME_TZ, Instant.class),
                        Instant.parse("2024-02-29T13:14:15.123456Z"), Instant.parse("1970-01-01T00:00:00Z")),
                exact("time", column(SqlType.TIME, LocalTime.class), LocalTime.of(23, 59, 59, 999_999_000), LocalTime.MIDNIGHT,
                        LocalTime.of(12, 0, 0, 1_000)),
                exact("interval", column(SqlType.INTERVAL, Duration.class),
                        Duration.ofDays(3).plusHours(4).plusMinutes(5).plusSeconds(6).plusNanos(123_456_000),
                        Duration.ZERO, Duration.ofDays(1000).plusNanos(1_000), Duration.ofMillis(-1500)),
                exact("interval_auto", column(SqlType.AUTO, Duration.class), Duration.ofHours(49).plusNanos(7_000)),
                exact("double", column(SqlType.DOUBLE, Double.class), Math.PI, -1.0E-300, Double.MAX_VALUE, 0.1),
                exact("float", column(SqlType.FLOAT, Float.class), 1.5f, -123.25f, 0.1f, 3.4E38f),
                exact("numeric", column(SqlType.NUMERIC, BigDecimal.class).precision(20).scale(6),
                        new BigDecimal("12345678901234.123456"), new BigDecimal("-0.000001"), new BigDecimal("0.000000")),
                exact("enum", column(SqlType.ENUM, Mood.class), Mood.HAPPY, Mood.SOMEWHAT_AMBIVALENT),
                bytes("large_binary", column(SqlType.LARGE_BINARY, byte[].class), new byte[] {0, 1, 0, -1, 127, -128, 0},
                        withNuls, new byte[0]),
                exact("uuid", column(SqlType.UUID, UUID.class), UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
                        new UUID(0, 0), new UUID(-1, -1)),
                json("json", column(SqlType.JSON, String.class), "{\"k\":[1,\"x😀漢\",null,true]}", "[]", "\"text\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void roundTripsUnchanged(String name, Column.Builder builder, List<Object> values, BiConsumer<Object, Object> same) {
        Column value = builder.build();
        Table table = Table.builder("typ_" + name)
                .column(Column.builder("id", SqlType.INTEGER, Integer.class).primaryKey(true).build())
                .column(value)
                .build();
        SchemaModel model = SchemaModel.of(List.of(table));
        ValueCodec codec = engine.dialect().schema().codec(value.type(), value.javaType());
        List<Object> expected = new ArrayList<>(values);
        expected.add(null);
        model.dropAll(engine)
                .then(model.createAll(engine))
                .thenMany(insert(table, codec, expected))
                .thenMany(select(table, codec))
                .collectList()
                .flatMap(read -> model.dropAll(engine).thenReturn(read))
                .as(StepVerifier::create)
                .assertNext(read -> {
                    assertThat(read).hasSize(expected.size());
                    for (int i = 0; i < expected.size(); i++) {
                        Object actual = read.get(i)[0];
                        if (expected.get(i) == null) {
                            assertThat(actual).as(name + " null").isNull();
                            assertThat(read.get(i)[1]).as(name + " null by name").isNull();
                        } else {
                            assertThat(actual).as(name + " #" + i).isInstanceOf(value.javaType().isPrimitive()
                                    ? expected.get(i).getClass() : value.javaType());
                            same.accept(actual, expected.get(i));
                            same.accept(read.get(i)[1], expected.get(i));
                        }
                    }
                })
                .verifyComplete();
    }

    private Flux<Long> insert(Table table, ValueCodec codec, List<Object> values) {
        String sql = "insert into " + q(table.name()) + " (" + q("id") + ", " + q(table.columns().get(1).name())
                + ") values (" + engine.dialect().syntax().bindMarker(0) + ", " + engine.dialect().syntax().bindMarker(1) + ")";
        return engine.withConnection(connection -> Flux.range(0, values.size())
                .concatMap(i -> EngineAccess.runtime(engine).executor().update(connection.unwrap(),
                        SqlStatement.of(sql, Arrays.asList(i, codec.toDatabase(values.get(i)))))));
    }

    private Flux<Object[]> select(Table table, ValueCodec codec) {
        String sql = "select " + q(table.columns().get(1).name()) + " from " + q(table.name()) + " order by " + q("id");
        return engine.withConnection(connection -> EngineAccess.runtime(engine).executor().query(connection.unwrap(),
                SqlStatement.of(sql, List.of()), (row, metadata) -> new Object[] {codec.read(row, 0), codec.read(row, "value")}));
    }

    private String q(String identifier) {
        return engine.dialect().syntax().quote(identifier);
    }

    private static Column.Builder column(SqlType type, Class<?> javaType) {
        return Column.builder("value", type, javaType);
    }

    private static Arguments exact(String name, Column.Builder column, Object... values) {
        return Arguments.of(name, column, List.of(values),
                (BiConsumer<Object, Object>) (actual, expected) -> assertThat(actual).isEqualTo(expected));
    }

    private static Arguments sameInstant(String name, Column.Builder column, Object... values) {
        return Arguments.of(name, column, List.of(values), (BiConsumer<Object, Object>) (actual, expected) ->
                assertThat(((OffsetDateTime) actual).toInstant()).isEqualTo(((OffsetDateTime) expected).toInstant()));
    }

    private static Arguments bytes(String name, Column.Builder column, byte[]... values) {
        return Arguments.of(name, column, List.of((Object[]) values),
                (BiConsumer<Object, Object>) (actual, expected) -> assertThat((byte[]) actual).isEqualTo((byte[]) expected));
    }

    /** JSON compares as text without insignificant whitespace: PostgreSQL's jsonb re-spaces documents. */
    private static Arguments json(String name, Column.Builder column, String... values) {
        return Arguments.of(name, column, List.of((Object[]) values), (BiConsumer<Object, Object>) (actual, expected) ->
                assertThat(compact((String) actual)).isEqualTo(compact((String) expected)));
    }

    private static String compact(String json) {
        StringBuilder out = new StringBuilder();
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '"' && (i == 0 || json.charAt(i - 1) != '\\')) {
                inString = !inString;
            }
            if (inString || !Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
