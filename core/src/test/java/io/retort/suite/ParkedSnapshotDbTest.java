package io.retort.suite;

import static io.retort.sql.Sql.insert;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import io.retort.Engine;
import io.retort.orm.Id;
import io.retort.orm.Metadata;
import io.retort.orm.Session;
import io.retort.orm.SessionFactory;
import io.retort.orm.Table;
import io.retort.sql.internal.TableRef;
import io.retort.testkit.DbTest;
import io.retort.testkit.PoolAssertions;
import io.retort.testkit.TestDatabase;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import reactor.test.StepVerifier;

/**
 * A class with the enhancer's field ({@code retort$memo}, here declared by hand, which is the same
 * to a session): a large session's released objects carry their own snapshot, which is then
 * collected with them, and taken back intact when the object is used again.
 */
@DbTest
class ParkedSnapshotDbTest {

    /** More than a session holds strongly (10,000), so the stream releases the early objects. */
    private static final int ROWS = 12_000;

    @Table("parked_readings")
    public static class Reading {
        @Id public Long id;
        public String label;
        public Integer level;
        private transient Object retort$memo;

        public Reading() {
        }
    }

    private final Engine engine = TestDatabase.engine();
    private final Metadata metadata = Metadata.of(Reading.class);
    private final SessionFactory sessions = SessionFactory.of(engine, metadata);

    @BeforeEach
    void create() {
        metadata.dropAll(engine).then(metadata.createAll(engine))
                .then(engine.executeUpdate(insert(TableRef.of("parked_readings"))
                        .columns(ParkedSnapshotDbTest_Reading_.id, ParkedSnapshotDbTest_Reading_.label,
                                ParkedSnapshotDbTest_Reading_.level)
                        .rows(LongStream.rangeClosed(1, ROWS)
                                .mapToObj(id -> List.<Object>of(id, "reading " + id, (int) (id % 10)))
                                .collect(Collectors.toList()))))
                .as(StepVerifier::create).expectNext((long) ROWS).verifyComplete();
    }

    @AfterEach
    void drop() throws InterruptedException {
        metadata.dropAll(engine).as(StepVerifier::create).verifyComplete();
        PoolAssertions.assertIdle(engine, java.time.Duration.ofSeconds(5));
    }

    @Test
    void aReleasedObjectsSnapshotGoesWithItAndComesBackWhenItIsUsedAgain() throws Exception {
        Session session = sessions.open();
        List<Reading> held = new ArrayList<>();
        session.query(Reading.class).all()
                .doOnNext(reading -> {
                    if (reading.id % 1_000 == 1) {
                        held.add(reading);
                    }
                })
                .then()
                .as(StepVerifier::create).verifyComplete();
        assertThat(held).hasSize(ROWS / 1_000);
        Reading first = held.get(0);
        Reading second = held.get(1);
        assertThat(memo(first)).as("released during the stream: its snapshot is parked on it").isInstanceOf(Object[].class);

        // Let go of the first object: with the session still open and untouched, its snapshot
        // must become garbage with it (held by the session, it would survive until a purge).
        WeakReference<Object> snapshot = new WeakReference<>(memo(first));
        held.remove(0);
        first = null;
        for (int i = 0; i < 50 && snapshot.get() != null; i++) {
            System.gc();
        }
        assertThat(snapshot.get()).as("the parked snapshot is collected with its object").isNull();

        // The second object is used again: the same instance, its snapshot taken back, a change to
        // it written, and nothing written for an untouched one.
        Reading changed = second;
        changed.label = "changed after release";
        TestDatabase.recorder().reset();
        session.get(Reading.class, changed.id)
                .as(StepVerifier::create).assertNext(found -> assertThat(found).isSameAs(changed)).verifyComplete();
        assertThat(memo(changed)).as("taken back when the session holds it again").isNull();
        session.commit().as(StepVerifier::create).verifyComplete();
        assertThat(TestDatabase.recorder().count("update")).isEqualTo(1);
        session.close().as(StepVerifier::create).verifyComplete();

        sessions.inSession(other -> other.get(Reading.class, changed.id).map(reading -> reading.label))
                .as(StepVerifier::create).expectNext("changed after release").verifyComplete();
        sessions.inSession(other -> other.query(Reading.class).filterBy(java.util.Map.of("label", "changed after release"))
                        .count())
                .as(StepVerifier::create).expectNext(1L).verifyComplete();
    }

    @Test
    void objectsChangedAsTheyStreamByAreWrittenThoughTheirSnapshotsWereParked() {
        sessions.inTransaction(session -> session.query(Reading.class).all()
                        .doOnNext(reading -> {
                            if (reading.id % 7 == 0) {
                                reading.level = -1;
                            }
                            if (reading.id % 4_000 == 0) {
                                System.gc();
                            }
                        })
                        .then())
                .as(StepVerifier::create).verifyComplete();
        sessions.inSession(session -> session.query(Reading.class).filterBy(java.util.Map.of("level", -1)).count())
                .as(StepVerifier::create).expectNext((long) ROWS / 7).verifyComplete();
    }

    @Test
    void aQueryThatMeetsAReleasedObjectAgainReturnsItWithItsSnapshot() {
        List<Reading> kept = new ArrayList<>();
        Session session = sessions.open();
        session.query(Reading.class).all().doOnNext(reading -> {
            if (reading.id == 2) {
                kept.add(reading);
            }
        }).then().as(StepVerifier::create).verifyComplete();
        Reading reading = kept.get(0);
        assertThat(memo(reading)).isNotNull();

        session.query(Reading.class).filterBy(java.util.Map.of("id", 2L)).one()
                .as(StepVerifier::create).assertNext(found -> assertThat(found).isSameAs(reading)).verifyComplete();
        assertThat(memo(reading)).isNull();
        TestDatabase.recorder().reset();
        session.commit().as(StepVerifier::create).verifyComplete();
        assertThat(TestDatabase.recorder().count("update")).as("untouched: its snapshot came back equal").isZero();
        reading.level = 42;
        session.commit().then(session.close()).as(StepVerifier::create).verifyComplete();
        sessions.inSession(other -> other.get(Reading.class, 2L).map(found -> found.level))
                .as(StepVerifier::create).expectNext(42).verifyComplete();
    }

    private static Object memo(Reading reading) {
        try {
            Field field = Reading.class.getDeclaredField("retort$memo");
            field.setAccessible(true);
            return field.get(reading);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
