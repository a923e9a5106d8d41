package io.retort.suite;

import static io.retort.sql.Sql.insert;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.retort.Engine;
import io.retort.orm.Metadata;
import io.retort.orm.Session;
import io.retort.orm.SessionFactory;
import io.retort.querymodel.QueryFixtures;
import io.retort.querymodel.User;
import io.retort.querymodel.User_;
import io.retort.sql.internal.TableRef;
import io.retort.testkit.DbTest;
import io.retort.testkit.PoolAssertions;
import io.retort.testkit.TestDatabase;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** all() streams with back-pressure and releases the session and its connection on cancel. */
@DbTest
class QueryStreamingDbTest {

    private static final int ROWS = 20_000;

    private final Engine engine = TestDatabase.engine();
    private final Metadata metadata = QueryFixtures.metadata();
    private final SessionFactory sessions = SessionFactory.of(engine, metadata);

    @BeforeEach
    void create() {
        QueryFixtures.reset(engine, metadata).then(insertUsers()).as(StepVerifier::create).verifyComplete();
    }

    @AfterEach
    void drop() {
        metadata.dropAll(engine).as(StepVerifier::create).verifyComplete();
    }

    @Test
    void streamsEveryRowWithBackPressure() {
        sessions.inSession(session -> session.query(User_.id, User_.name).all().limitRate(64).count())
                .as(StepVerifier::create).expectNext((long) ROWS + 4).verifyComplete();
        sessions.inSession(session -> session.query(User.class).all().count())
                .as(StepVerifier::create).expectNext((long) ROWS + 4).verifyComplete();
    }

    @Test
    void demandIsHonoured() {
        Session session = sessions.open();
        StepVerifier.create(session.query(User.class).orderBy(User_.id).all().map(user -> user.id), 0)
                .thenRequest(3).expectNext(1L, 2L, 3L)
                .thenAwait(Duration.ofMillis(50))
                .thenRequest(2).expectNext(4L, 1_000L)
                .thenCancel()
                .verify(Duration.ofSeconds(10));
        session.close().as(StepVerifier::create).verifyComplete();
    }

    @Test
    void cancellingAtAnyPointReleasesTheConnection() throws InterruptedException {
        for (int take : List.of(0, 1, 999, 5_000, ROWS - 1)) {
            Session session = sessions.open();
            session.query(User.class).orderBy(User_.id).all().take(take).count()
                    .then(session.query(User.class).count())
                    .flatMap(count -> session.close().thenReturn(count))
                    .as(StepVerifier::create).expectNext((long) ROWS + 4).verifyComplete();
            PoolAssertions.assertIdle(engine, Duration.ofSeconds(5));
        }
        Session session = sessions.open();
        Flux.range(0, 3).concatMap(i -> session.query(User_.name).all().take(100).count())
                .then(session.close())
                .as(StepVerifier::create).verifyComplete();
    }

    @Test
    void objectsChangedWhileAStreamRunsAreWrittenEvenWhenTheUserKeepsNone() {
        // The session grows past the size at which it releases unchanged objects; those changed
        // as they stream by must stay held, however often the collector runs, until commit.
        sessions.inTransaction(session -> session.query(User.class).all()
                        .doOnNext(user -> {
                            if (user.id % 7 == 0) {
                                user.age = -1;
                            }
                            if (user.id % 5_000 == 0) {
                                System.gc();
                            }
                        })
                        .then())
                .as(StepVerifier::create).verifyComplete();
        long expected = java.util.stream.LongStream.range(1_000, 1_000 + ROWS).filter(id -> id % 7 == 0).count();
        sessions.inSession(session -> session.query(User.class).filter(User_.age.eq(-1)).count())
                .as(StepVerifier::create).expectNext(expected).verifyComplete();
    }

    private Mono<Void> insertUsers() {
        List<List<?>> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            rows.add(List.of(1_000L + i, "streamed" + i, "Streamed User " + i, i % 100));
        }
        return engine.executeUpdate(insert(TableRef.of("q_users")).columns(User_.id, User_.name, User_.fullname,
                User_.age).rows(rows)).then();
    }
}
