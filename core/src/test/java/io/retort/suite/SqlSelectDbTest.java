package io.retort.suite;

import static io.retort.sql.Sql.and;
import static io.retort.sql.Sql.exists;
import static io.retort.sql.Sql.func;
import static io.retort.sql.Sql.insert;
import static io.retort.sql.Sql.likeEscape;
import static io.retort.sql.Sql.literal;
import static io.retort.sql.Sql.not;
import static io.retort.sql.Sql.or;
import static io.retort.sql.Sql.select;
import static io.retort.suite.SqlTables.AGE;
import static io.retort.suite.SqlTables.AMOUNT;
import static io.retort.suite.SqlTables.EMPLOYEES;
import static io.retort.suite.SqlTables.EMP_ID;
import static io.retort.suite.SqlTables.EMP_NAME;
import static io.retort.suite.SqlTables.GROUP;
import static io.retort.suite.SqlTables.HOSTILE;
import static io.retort.suite.SqlTables.ID;
import static io.retort.suite.SqlTables.NAME;
import static io.retort.suite.SqlTables.ORDERS;
import static io.retort.suite.SqlTables.ORDER_ID;
import static io.retort.suite.SqlTables.ORDER_USER;
import static io.retort.suite.SqlTables.PERCENT;
import static io.retort.suite.SqlTables.REPORTS_TO;
import static io.retort.suite.SqlTables.USERS;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import io.retort.Engine;
import io.retort.sql.Expr;
import io.retort.sql.Row;
import io.retort.sql.Select;
import io.retort.sql.internal.ColumnRef;
import io.retort.sql.internal.DerivedTable;
import io.retort.sql.internal.TableRef;
import io.retort.testkit.DbTest;
import io.retort.testkit.TestDatabase;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** The Core SELECT language against a real database: every operator, join, subquery and clause. */
@DbTest
class SqlSelectDbTest {

    private final Engine engine = TestDatabase.engine();

    @BeforeEach
    void createTables() {
        SqlTables.create(engine)
                .then(engine.executeUpdate(insert(USERS).columns(ID, NAME, AGE, GROUP)
                        .values(1L, "ed", 30, "a")
                        .values(2L, "wendy", 17, "b")
                        .values(3L, "mary", null, "a")
                        .values(4L, HOSTILE, 45, null)
                        .values(5L, PERCENT, 60, "b")))
                .then(engine.executeUpdate(insert(ORDERS).columns(ORDER_ID, ORDER_USER, AMOUNT)
                        .values(10L, 1L, 100).values(11L, 1L, 250).values(12L, 2L, 75).values(13L, 5L, 10)))
                .then(engine.executeUpdate(insert(EMPLOYEES).columns(EMP_ID, EMP_NAME, SqlTables.REPORTS_TO)
                        .values(1L, "boss", null).values(2L, "alice", 1L).values(3L, "bob", 2L)))
                .as(StepVerifier::create).expectNext(3L).verifyComplete();
    }

    @AfterEach
    void dropTables() {
        SqlTables.drop(engine).as(StepVerifier::create).verifyComplete();
    }

    private void expectIds(Expr<Boolean> condition, Long... expected) {
        engine.execute(select(ID).where(condition).orderBy(ID))
                .map(row -> row.get(0, Long.class))
                .collectList()
                .as(StepVerifier::create)
                .assertNext(found -> assertThat(found).containsExactly(expected))
                .verifyComplete();
    }

    @Test
    void comparesWithValuesAndColumns() {
        expectIds(NAME.eq("ed"), 1L);
        expectIds(NAME.ne("ed"), 2L, 3L, 4L, 5L);
        expectIds(AGE.lt(30), 2L);
        expectIds(AGE.le(30), 1L, 2L);
        expectIds(AGE.gt(45), 5L);
        expectIds(AGE.ge(45), 4L, 5L);
        expectIds(ID.eq(AGE.minus(29).div(1)), 1L);
        expectIds(AGE.eq((Integer) null), 3L);
        expectIds(AGE.ne((Integer) null), 1L, 2L, 4L, 5L);
    }

    @Test
    void hostileStringsAreValuesNotSql() {
        expectIds(NAME.eq(HOSTILE), 4L);
        expectIds(NAME.eq(PERCENT), 5L);
        expectIds(NAME.like(likeEscape(HOSTILE)), 4L);
    }

    @Test
    void likeTreatsPercentUnderscoreAndBackslashAlikeEverywhere() {
        expectIds(NAME.like("_d"), 1L);
        expectIds(NAME.like("%" + likeEscape("100%") + "%"), 5L);
        expectIds(NAME.like("%" + likeEscape("_x_")), 5L);
        expectIds(NAME.like("%\\_%"), 4L, 5L);
        expectIds(NAME.like("%" + likeEscape("\\") + "%"), 4L, 5L);
        expectIds(NAME.like("100%"));
        expectIds(NAME.like("%!%%", '!'), 5L);
        expectIds(NAME.notLike("%a%"), 1L, 2L);
        expectIds(NAME.notLike("%" + likeEscape("%") + "%"), 1L, 2L, 3L, 4L);
    }

    @Test
    void ilikeIgnoresCase() {
        expectIds(NAME.ilike("ED"), 1L);
        expectIds(NAME.ilike("%o'BRIEN%"), 4L);
        expectIds(NAME.ilike("%" + likeEscape("100%") + "%"), 5L);
        expectIds(NAME.ilike("W_NDY"), 2L);
    }

    @Test
    void inAndNotInListsAndSubqueries() {
        expectIds(NAME.in(List.of("ed", "fakeuser", HOSTILE)), 1L, 4L);
        expectIds(NAME.notIn(List.of("ed", "wendy")), 3L, 4L, 5L);
        expectIds(NAME.in(List.of()));
        expectIds(NAME.notIn(List.of()), 1L, 2L, 3L, 4L, 5L);
        expectIds(ID.in(select(ORDER_USER).where(AMOUNT.gt(50))), 1L, 2L);
        expectIds(ID.notIn(select(ORDER_USER)), 3L, 4L);
    }

    @Test
    void nullTestsBetweenAndBooleanLogic() {
        expectIds(AGE.isNull(), 3L);
        expectIds(GROUP.isNotNull(), 1L, 2L, 3L, 5L);
        expectIds(AGE.between(17, 30), 1L, 2L);
        expectIds(and(GROUP.eq("a"), AGE.isNotNull()), 1L);
        expectIds(or(NAME.eq("ed"), NAME.eq("wendy")), 1L, 2L);
        expectIds(not(or(NAME.eq("ed"), AGE.isNull())), 2L, 4L, 5L);
        expectIds(and(or(GROUP.eq("a"), GROUP.eq("b")), not(AGE.lt(20))), 1L, 5L);
        expectIds(and(), 1L, 2L, 3L, 4L, 5L);
        expectIds(or());
    }

    @Test
    void arithmeticLabelsAndFunctions() {
        engine.execute(select(AGE.plus(1).label("older"), AGE.minus(AGE).label("zero"), AGE.times(2).label("twice"),
                        AGE.div(3).label("third"), func.upper(NAME).label("upper"), func.lower(literal("AbC")).label("lower"),
                        func.coalesce(GROUP, "none").label("grp"), func.call("abs", AGE.minus(100)).label("gap"))
                        .where(ID.eq(1L)))
                .as(StepVerifier::create)
                .assertNext(row -> {
                    assertThat(row.get("older", Integer.class)).isEqualTo(31);
                    assertThat(row.get("zero", Integer.class)).isZero();
                    assertThat(row.get("twice", Integer.class)).isEqualTo(60);
                    assertThat(row.get("third", Integer.class)).isEqualTo(10);
                    assertThat(row.get("upper")).isEqualTo("ED");
                    assertThat(row.get("lower")).isEqualTo("abc");
                    assertThat(row.get("grp")).isEqualTo("a");
                    assertThat(row.get("gap", Integer.class)).isEqualTo(70);
                })
                .verifyComplete();
    }

    @Test
    void aggregatesWithGroupByAndHaving() {
        Expr<Long> count = func.count();
        engine.execute(select(GROUP, count.label("n"), func.sum(AGE).label("total"), func.min(AGE).label("low"),
                        func.max(AGE).label("high"), func.avg(AGE).label("mean"), func.count(AGE).label("aged"))
                        .where(GROUP.isNotNull()).groupBy(GROUP).having(count.gt(1L)).orderBy(GROUP))
                .as(StepVerifier::create)
                .assertNext(row -> {
                    assertThat(row.get("group")).isEqualTo("a");
                    assertThat(row.get("n", Long.class)).isEqualTo(2L);
                    assertThat(row.get("total", Long.class)).isEqualTo(30L);
                    assertThat(row.get("aged", Long.class)).isEqualTo(1L);
                })
                .assertNext(row -> {
                    assertThat(row.get("group")).isEqualTo("b");
                    assertThat(row.get("low", Integer.class)).isEqualTo(17);
                    assertThat(row.get("high", Integer.class)).isEqualTo(60);
                    assertThat(row.get("mean", BigDecimal.class)).isEqualByComparingTo("38.5");
                })
                .verifyComplete();
    }

    @Test
    void distinctRows() {
        engine.execute(select(GROUP).distinct().where(GROUP.isNotNull()).orderBy(GROUP.desc()))
                .map(row -> row.get(0))
                .as(StepVerifier::create).expectNext("b", "a").verifyComplete();
    }

    @Test
    void orderByNullsFirstAndLastOnEveryDialect() {
        expectOrder(select(ID).orderBy(AGE.asc().nullsFirst()), 3L, 2L, 1L, 4L, 5L);
        expectOrder(select(ID).orderBy(AGE.asc().nullsLast()), 2L, 1L, 4L, 5L, 3L);
        expectOrder(select(ID).orderBy(AGE.desc().nullsFirst()), 3L, 5L, 4L, 1L, 2L);
        expectOrder(select(ID).orderBy(AGE.desc().nullsLast()), 5L, 4L, 1L, 2L, 3L);
        expectOrder(select(ID).orderBy(GROUP.asc().nullsLast(), ID.desc()), 3L, 1L, 5L, 2L, 4L);
    }

    @Test
    void limitAndOffset() {
        expectOrder(select(ID).orderBy(ID).limit(2), 1L, 2L);
        expectOrder(select(ID).orderBy(ID).limit(2).offset(1), 2L, 3L);
        expectOrder(select(ID).orderBy(ID).offset(3), 4L, 5L);
        expectOrder(select(ID).orderBy(ID).limit(0));
    }

    private void expectOrder(Select select, Long... expected) {
        engine.execute(select).map(row -> row.get(0, Long.class)).collectList()
                .as(StepVerifier::create)
                .assertNext(found -> assertThat(found).containsExactly(expected))
                .verifyComplete();
    }

    @Test
    void innerJoinAndOuterJoinWithIsNull() {
        engine.execute(select(NAME, AMOUNT).from(USERS).join(ORDERS, ORDER_USER.eq(ID)).where(AMOUNT.ge(75))
                        .orderBy(AMOUNT))
                .map(row -> row.get(0) + ":" + row.get(1, Integer.class))
                .as(StepVerifier::create).expectNext("wendy:75", "ed:100", "ed:250").verifyComplete();
        expectOrder(select(ID).from(USERS).outerJoin(ORDERS, ORDER_USER.eq(ID)).where(ORDER_ID.isNull()).orderBy(ID),
                3L, 4L);
    }

    @Test
    void selfJoinThroughNamedAndAnonymousAliases() {
        TableRef boss = EMPLOYEES.as("boss");
        engine.execute(select(EMP_NAME, EMP_NAME.on(boss).label("boss_name"))
                        .join(boss, REPORTS_TO.eq(EMP_ID.on(boss))).orderBy(EMP_ID))
                .map(row -> row.get(0) + "->" + row.get("boss_name"))
                .as(StepVerifier::create).expectNext("alice->boss", "bob->alice").verifyComplete();
        TableRef manager = EMPLOYEES.aliased();
        TableRef top = EMPLOYEES.aliased();
        engine.execute(select(EMP_NAME, EMP_NAME.on(top).label("top"))
                        .join(manager, REPORTS_TO.eq(EMP_ID.on(manager)))
                        .join(top, REPORTS_TO.on(manager).eq(EMP_ID.on(top))))
                .map(row -> row.get(0) + "->" + row.get("top"))
                .as(StepVerifier::create).expectNext("bob->boss").verifyComplete();
    }

    @Test
    void correlatedExistsAndScalarSubqueries() {
        expectIds(exists(select(ORDER_ID).where(ORDER_USER.eq(ID), AMOUNT.gt(50))), 1L, 2L);
        expectIds(not(exists(select(ORDER_ID).where(ORDER_USER.eq(ID)))), 3L, 4L);
        Expr<Long> orderCount = select(func.count()).from(ORDERS).where(ORDER_USER.eq(ID)).scalarSubquery();
        engine.execute(select(NAME, orderCount.label("orders")).where(ID.le(2L)).orderBy(ID))
                .map(row -> row.get(0) + "=" + row.get("orders", Long.class))
                .as(StepVerifier::create).expectNext("ed=2", "wendy=1").verifyComplete();
        expectIds(AGE.gt(select(func.avg(AGE)).scalarSubquery()), 4L, 5L);
        expectIds(orderCount.ge(2L), 1L);
    }

    @Test
    void derivedTableInFrom() {
        DerivedTable totals = select(ORDER_USER.label("uid"), func.sum(AMOUNT).label("total"))
                .groupBy(ORDER_USER).subquery("totals");
        ColumnRef<Long> uid = totals.column("uid", Long.class);
        ColumnRef<Long> total = totals.column("total", Long.class);
        engine.execute(select(NAME, total).from(USERS).join(totals, uid.eq(ID)).where(total.gt(50L)).orderBy(NAME))
                .map(row -> row.get(0) + "=" + row.get(1, Long.class))
                .as(StepVerifier::create).expectNext("ed=350", "wendy=75").verifyComplete();
    }

    @Test
    void inListLargerThanTheBindLimit() {
        List<Long> keys = LongStream.rangeClosed(-69_995, 5).boxed().collect(Collectors.toList());
        assertThat(keys).hasSize(70_001);
        TestDatabase.recorder().reset();
        engine.execute(select(ID, NAME).where(ID.in(keys), AGE.isNotNull()))
                .map(row -> row.get(0, Long.class))
                .collectList()
                .as(StepVerifier::create)
                .assertNext(found -> assertThat(found).containsExactlyInAnyOrder(1L, 2L, 4L, 5L))
                .verifyComplete();
        int statements = TestDatabase.recorder().count();
        if (engine.dialect().syntax().supportsArrayBinding()) {
            assertThat(statements).isEqualTo(1);
            assertThat(TestDatabase.recorder().statements().get(0)).contains("= ANY($1)");
        } else {
            assertThat(statements).isGreaterThan(1);
        }
    }

    @Test
    void rowKeysOfUnlabelledColumnsAreColumnNames() {
        engine.execute(select(ID, NAME, GROUP).where(ID.eq(2L)))
                .as(StepVerifier::create)
                .assertNext((Row row) -> {
                    assertThat(row.keys()).map(String::toLowerCase).containsExactly("id", "name", "group");
                    assertThat(row.get("group")).isEqualTo("b");
                })
                .verifyComplete();
    }

    @Test
    void identicalTreesCompileToIdenticalText() {
        TestDatabase.recorder().reset();
        Mono.when(engine.execute(select(NAME).where(NAME.eq("ed"), AGE.in(List.of(1, 2)))).then(),
                        engine.execute(select(NAME).where(NAME.eq("x"), AGE.in(List.of(3, 4)))).then())
                .as(StepVerifier::create).verifyComplete();
        List<String> sent = TestDatabase.recorder().statements();
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0)).isEqualTo(sent.get(1));
    }
}
