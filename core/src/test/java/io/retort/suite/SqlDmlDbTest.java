package io.retort.suite;

import static io.retort.sql.Sql.bulkUpdate;
import static io.retort.sql.Sql.delete;
import static io.retort.sql.Sql.func;
import static io.retort.sql.Sql.insert;
import static io.retort.sql.Sql.select;
import static io.retort.sql.Sql.update;
import static io.retort.sql.Sql.upsert;
import static io.retort.suite.SqlTables.AGE;
import static io.retort.suite.SqlTables.AUTO;
import static io.retort.suite.SqlTables.AUTO_ID;
import static io.retort.suite.SqlTables.AUTO_NAME;
import static io.retort.suite.SqlTables.GROUP;
import static io.retort.suite.SqlTables.HOSTILE;
import static io.retort.suite.SqlTables.ID;
import static io.retort.suite.SqlTables.NAME;
import static io.retort.suite.SqlTables.USERS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import io.retort.Engine;
import io.retort.sql.BulkUpdate;
import io.retort.sql.Insert;
import io.retort.testkit.DbTest;
import io.retort.testkit.TestDatabase;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/** Core INSERT, UPDATE, DELETE, upsert and bulk update against a real database. */
@DbTest
class SqlDmlDbTest {

    private final Engine engine = TestDatabase.engine();

    @BeforeEach
    void createTables() {
        SqlTables.create(engine).as(StepVerifier::create).verifyComplete();
    }

    @AfterEach
    void dropTables() {
        SqlTables.drop(engine).as(StepVerifier::create).verifyComplete();
    }

    private Insert users(long count) {
        Insert insert = insert(USERS).columns(ID, NAME, AGE, GROUP);
        for (long id = 1; id <= count; id++) {
            insert = insert.values(id, "user" + id, (int) id % 90, id % 2 == 0 ? "even" : null);
        }
        return insert;
    }

    @Test
    void multiRowInsertReturnsGeneratedKeys() {
        TestDatabase.recorder().reset();
        engine.execute(insert(AUTO).columns(AUTO_NAME).values("ed").values(HOSTILE).values("wendy").returning(AUTO_ID))
                .map(row -> row.get(0, Long.class))
                .collectList()
                .as(StepVerifier::create)
                .assertNext(ids -> {
                    assertThat(ids).hasSize(3).doesNotHaveDuplicates().isSorted();
                    assertThat(ids.get(2) - ids.get(0)).isEqualTo(2L);
                })
                .verifyComplete();
        assertThat(TestDatabase.recorder().count("insert") + TestDatabase.recorder().count("select")).isEqualTo(1);
        engine.execute(select(AUTO_NAME).orderBy(AUTO_ID))
                .map(row -> row.get(0))
                .as(StepVerifier::create).expectNext("ed", HOSTILE, "wendy").verifyComplete();
    }

    @Test
    void insertReturningAnyColumnWhereSupported() {
        if (!engine.dialect().syntax().supportsReturning()) {
            return;
        }
        engine.execute(insert(AUTO).columns(AUTO_NAME).values("ed").values("mary").returning(AUTO_ID, AUTO_NAME))
                .map(row -> row.get(1, String.class))
                .as(StepVerifier::create).expectNext("ed", "mary").verifyComplete();
    }

    @Test
    void largeInsertIsSplitIntoFewStatements() {
        TestDatabase.recorder().reset();
        engine.executeUpdate(users(2_500)).as(StepVerifier::create).expectNext(2_500L).verifyComplete();
        long inserts = TestDatabase.recorder().count("insert");
        int perStatement = engine.dialect().syntax().preferredRowsPerStatement();
        assertThat(inserts).isEqualTo((2_500 + perStatement - 1) / perStatement);
        count().as(StepVerifier::create).expectNext(2_500L).verifyComplete();
    }

    @Test
    void updateSetsValuesAndExpressions() {
        engine.executeUpdate(users(5))
                .then(engine.executeUpdate(update(USERS).set(AGE, AGE.plus(100)).set(NAME, HOSTILE).set(GROUP, (String) null)
                        .where(ID.in(List.of(2L, 4L)))))
                .as(StepVerifier::create).expectNext(2L).verifyComplete();
        engine.execute(select(ID, NAME, AGE, GROUP).where(AGE.gt(100)).orderBy(ID))
                .map(row -> row.get(0, Long.class) + "|" + row.get(1) + "|" + row.get(2, Integer.class) + "|" + row.get(3))
                .as(StepVerifier::create)
                .expectNext("2|" + HOSTILE + "|102|null", "4|" + HOSTILE + "|104|null")
                .verifyComplete();
    }

    @Test
    void deleteWithConditionAndWithALargeKeyList() {
        List<Long> keys = LongStream.rangeClosed(-69_990, 10).boxed().collect(Collectors.toList());
        engine.executeUpdate(users(20))
                .then(engine.executeUpdate(delete(USERS).where(GROUP.isNull(), ID.gt(15L))))
                .as(StepVerifier::create).expectNext(2L).verifyComplete();
        engine.executeUpdate(delete(USERS).where(ID.in(keys)))
                .as(StepVerifier::create).expectNext(10L).verifyComplete();
        engine.execute(select(ID).orderBy(ID))
                .map(row -> row.get(0, Long.class))
                .as(StepVerifier::create).expectNext(11L, 12L, 13L, 14L, 15L, 16L, 18L, 20L).verifyComplete();
    }

    @Test
    void upsertInsertsThenUpdates() {
        engine.executeUpdate(upsert(USERS).columns(ID, NAME, AGE).onConflict(ID).values(1L, "ed", 30).values(2L, "wendy", 17))
                .then(engine.executeUpdate(upsert(USERS).columns(ID, NAME, AGE).onConflict(ID)
                        .values(2L, "wendy2", 18).values(3L, HOSTILE, 40)))
                .thenMany(engine.execute(select(ID, NAME, AGE).orderBy(ID)))
                .map(row -> row.get(0, Long.class) + ":" + row.get(1) + ":" + row.get(2, Integer.class))
                .as(StepVerifier::create)
                .expectNext("1:ed:30", "2:wendy2:18", "3:" + HOSTILE + ":40")
                .verifyComplete();
    }

    @Test
    void bulkUpdateOfAThousandRowsIsOneStatement() {
        BulkUpdate bulk = bulkUpdate(USERS).keys(ID).columns(AGE, NAME);
        for (long id = 1; id <= 1_000; id++) {
            bulk = bulk.row(id, (int) (id * 3 % 1_000), id == 7 ? HOSTILE : "renamed" + id);
        }
        BulkUpdate work = bulk;
        engine.executeUpdate(users(1_000)).as(StepVerifier::create).expectNext(1_000L).verifyComplete();
        TestDatabase.recorder().reset();
        engine.executeUpdate(work).as(StepVerifier::create).expectNext(1_000L).verifyComplete();
        assertThat(TestDatabase.recorder().count()).isEqualTo(1);
        engine.execute(select(func.sum(AGE).label("total"), func.count().label("n")).where(NAME.like("renamed%")))
                .as(StepVerifier::create)
                .assertNext(row -> {
                    long expected = LongStream.rangeClosed(1, 1_000).filter(id -> id != 7).map(id -> id * 3 % 1_000).sum();
                    assertThat(row.get("total", Long.class)).isEqualTo(expected);
                    assertThat(row.get("n", Long.class)).isEqualTo(999L);
                })
                .verifyComplete();
        engine.execute(select(NAME, AGE).where(ID.eq(7L)))
                .map(row -> row.get(0) + ":" + row.get(1, Integer.class))
                .as(StepVerifier::create).expectNext(HOSTILE + ":21").verifyComplete();
    }

    @Test
    void bulkUpdateCanMatchOnAVersionItAlsoSets() {
        // As an optimistic lock does: match (id, old version), set the new version; a stale row matches nothing.
        engine.executeUpdate(users(3))
                .then(engine.executeUpdate(bulkUpdate(USERS).keys(ID, AGE).columns(NAME, AGE)
                        .row(1L, 1, "one", 101).row(2L, 2, "two", 102).row(3L, 99, "stale", 103)))
                .as(StepVerifier::create).expectNext(2L).verifyComplete();
        engine.execute(select(ID, NAME, AGE).orderBy(ID))
                .map(row -> row.get(0, Long.class) + ":" + row.get(1) + ":" + row.get(2, Integer.class))
                .as(StepVerifier::create).expectNext("1:one:101", "2:two:102", "3:user3:3").verifyComplete();
        // Matched rows are counted even when no value changes (MySQL reports found rows, not changed ones).
        engine.executeUpdate(bulkUpdate(USERS).keys(ID).columns(NAME).row(1L, "one").row(2L, "two"))
                .as(StepVerifier::create).expectNext(2L).verifyComplete();
        engine.executeUpdate(update(USERS).set(NAME, "one").where(ID.eq(1L)))
                .as(StepVerifier::create).expectNext(1L).verifyComplete();
    }

    @Test
    void statementsRunInsideATransaction() {
        engine.inTransaction(c -> c.executeUpdate(users(3))
                        .then(c.executeUpdate(delete(USERS).where(ID.eq(1L))))
                        .thenMany(Flux.error(new IllegalStateException("boom"))))
                .as(StepVerifier::create).verifyErrorMessage("boom");
        count().as(StepVerifier::create).expectNext(0L).verifyComplete();
    }

    private reactor.core.publisher.Mono<Long> count() {
        return engine.execute(select(func.count()).from(USERS)).single().map(row -> row.get(0, Long.class));
    }
}
