package io.retort.suite;

import static io.retort.sql.Sql.insert;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.retort.Engine;
import io.retort.orm.LoaderOption;
import io.retort.orm.Metadata;
import io.retort.orm.ObjectState;
import io.retort.orm.SessionFactory;
import io.retort.querymodel.QueryFixtures;
import io.retort.querymodel.User;
import io.retort.querymodel.User_;
import io.retort.sql.internal.TableRef;
import io.retort.testkit.DbTest;
import io.retort.testkit.TestDatabase;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** Bulk update and delete from a query, upsert, loader windows and hostile input. */
@DbTest
class QueryWritesDbTest {

    private static final LoaderOption NO_OP_OPTION = new LoaderOption() {
    };

    private final Engine engine = TestDatabase.engine();
    private final Metadata metadata = QueryFixtures.metadata();
    private final SessionFactory sessions = SessionFactory.of(engine, metadata);

    @BeforeEach
    void create() {
        QueryFixtures.reset(engine, metadata).as(StepVerifier::create).verifyComplete();
    }

    @AfterEach
    void drop() {
        metadata.dropAll(engine).as(StepVerifier::create).verifyComplete();
    }

    @Test
    void bulkUpdateSynchronizesPlainValuesAndExpungesOnExpressions() {
        sessions.inTransaction(session -> session.query(User.class).filter(User_.name.eq("ed")).one()
                .flatMap(ed -> session.query(User.class).filter(User_.name.eq("ed"))
                        .update(Map.of("fullname", "Edward Jones"))
                        .map(count -> count == 1 && "Edward Jones".equals(ed.fullname) && session.dirty().isEmpty())
                        .flatMap(synced -> session.query(User.class).filter(User_.age.ge(30))
                                .update(Map.of(User_.age, User_.age.plus(1)))
                                .flatMap(count -> session.query(User.class).filter(User_.name.eq("ed")).one()
                                        .map(reloaded -> List.of(synced, count, session.state(ed),
                                                reloaded != ed, reloaded.age, reloaded.fullname))))))
                .as(StepVerifier::create)
                .expectNext(List.of(true, 3L, ObjectState.DETACHED, true, 31, "Edward Jones"))
                .verifyComplete();
    }

    @Test
    void bulkDeleteExpungesTheDeletedObjects() {
        sessions.inTransaction(session -> session.query(User.class).orderBy(User_.id).all().collectList()
                .flatMap(users -> session.query(User.class).filter(User_.age.eq(41), User_.name.ne("mary")).delete()
                        .flatMap(deleted -> session.query(User.class).count()
                                .map(left -> List.of(deleted, left, session.state(users.get(3)),
                                        session.state(users.get(0)))))))
                .as(StepVerifier::create)
                .expectNext(List.of(1L, 3L, ObjectState.DETACHED, ObjectState.PERSISTENT))
                .verifyComplete();
    }

    @Test
    void bulkUpdateChecksFieldsAndValues() {
        sessions.inSession(session -> session.query(User.class).update(Map.of("nickname", "x")))
                .as(StepVerifier::create)
                .verifyErrorMessage("User has no mapped column field 'nickname', so update cannot use it; update takes"
                        + " field names (not column names): id, name, fullname, age");
        sessions.inSession(session -> session.query(User.class).update(Map.of("age", "old")))
                .as(StepVerifier::create)
                .verifyErrorMessage("update() compares or sets User.age (Integer) but got a String; pass a Integer");
    }

    @Test
    void upsertInsertsOrUpdatesByKeyAndSyncsTheSession() {
        sessions.inTransaction(session -> session.query(User.class).filter(User_.id.eq(1L)).one()
                .flatMap(ed -> session.upsert(new User(1L, "ed", "Ed Upserted", 30), new User(9L, "zed", "Zed", 50))
                        .then(session.query(User.class).orderBy(User_.id).all().map(u -> u.id + ":" + u.fullname)
                                .collectList())
                        .map(rows -> List.of(rows, ed.fullname, session.dirty().isEmpty()))))
                .as(StepVerifier::create)
                .expectNext(List.of(List.of("1:Ed Upserted", "2:Wendy Williams", "3:Mary Contrary",
                        "4:Fred Flintstone", "9:Zed"), "Ed Upserted", true))
                .verifyComplete();
    }

    @Test
    void hostileStringsAreBoundOrRejected() {
        String drop = "ed'; DROP TABLE q_users; --";
        sessions.inSession(session -> Mono.just(0)
                        .flatMap(ignored -> session.query(User.class).filter(User_.name.eq(drop)).count())
                        .flatMap(a -> session.query(User.class).filter(User_.name.like("%' OR '1'='1")).count()
                                .map(b -> a + b))
                        .flatMap(a -> session.query(User.class).filter(User_.fullname.ilike("%\" OR \"\"=\"")).count()
                                .map(b -> a + b))
                        .flatMap(a -> session.query(User.class).filter(User_.name.in(List.of(drop, "x`y", "z\\"))).count()
                                .map(b -> a + b))
                        .flatMap(a -> session.query(User_.name.label("he said \"hi\"")).filter(User_.id.eq(1L)).one()
                                .map(row -> a + (row.get("he said \"hi\"").equals("ed") ? 0 : 100)))
                        .flatMap(a -> session.query(User.class).count().map(all -> List.of(a, all))))
                .as(StepVerifier::create).expectNext(List.of(0L, 4L)).verifyComplete();
        sessions.inSession(session -> session.query(User.class).filterBy("name = 'x' OR 1=1; --", "ed").count())
                .as(StepVerifier::create)
                .verifyErrorSatisfies(error -> assertThat(error).isInstanceOf(IllegalArgumentException.class)
                        .hasMessageStartingWith("User has no mapped column field 'name = 'x' OR 1=1; --'"));
    }

    @Test
    void loaderOptionsReadWindowsOfParentsByKeyset() {
        insertUsers(1_201).as(StepVerifier::create).expectNextCount(1).verifyComplete();
        TestDatabase.recorder().reset();
        sessions.inSession(session -> session.query(User.class).options(NO_OP_OPTION).all().map(u -> u.id)
                        .collectList())
                .as(StepVerifier::create)
                .assertNext(ids -> assertThat(ids).hasSize(1_205).isSorted().doesNotHaveDuplicates())
                .verifyComplete();
        assertThat(TestDatabase.recorder().count("select"))
                .as("windows of 1,000 and 205; the first reads one row ahead, so no empty window is asked for")
                .isEqualTo(2);
        TestDatabase.recorder().reset();
        sessions.inSession(session -> session.query(User.class).options(NO_OP_OPTION).orderBy(User_.age.desc())
                        .offset(5).limit(1_000).all().map(u -> u.id).collectList())
                .as(StepVerifier::create)
                .assertNext(ids -> assertThat(ids).hasSize(1_000).doesNotHaveDuplicates())
                .verifyComplete();
        assertThat(TestDatabase.recorder().count("select")).as("a LIMIT of one window needs no look-ahead").isEqualTo(1);
        TestDatabase.recorder().reset();
        sessions.inSession(session -> session.query(User.class).options(NO_OP_OPTION).orderBy(User_.age.desc())
                        .offset(2).all().map(u -> u.id).collectList())
                .as(StepVerifier::create)
                .assertNext(ids -> assertThat(ids).hasSize(1_203).doesNotHaveDuplicates())
                .verifyComplete();
        assertThat(TestDatabase.recorder().count("select")).as("OFFSET windows of 1,000 and 203").isEqualTo(2);
    }

    @Test
    void optionsNeedAnEntityQuery() {
        sessions.inSession(session -> Mono.fromCallable(() -> session.query(User_.name).options(NO_OP_OPTION)))
                .as(StepVerifier::create)
                .verifyErrorMessage("options(..) load relationships of the entity a query returns; this query returns"
                        + " rows. Query the entity alone: session.query(User.class).options(..)");
    }

    private Mono<Long> insertUsers(int n) {
        List<List<?>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(List.of(100L + i, "user" + i, "User " + i, i % 90));
        }
        return engine.executeUpdate(insert(TableRef.of("q_users")).columns(User_.id, User_.name, User_.fullname,
                User_.age).rows(rows));
    }
}
