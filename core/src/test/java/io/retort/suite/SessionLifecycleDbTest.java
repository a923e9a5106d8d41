package io.retort.suite;

import static io.retort.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import io.retort.Engine;
import io.retort.model.UowChild;
import io.retort.model.UowCounter;
import io.retort.model.UowLine;
import io.retort.model.UowNode;
import io.retort.model.UowParent;
import io.retort.orm.IdentityKey;
import io.retort.orm.Metadata;
import io.retort.orm.ObjectState;
import io.retort.orm.Session;
import io.retort.orm.SessionFactory;
import io.retort.testkit.DbTest;
import io.retort.testkit.TestDatabase;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** Each session operation and the object states it leads to, as SQLAlchemy defines them. */
@DbTest
class SessionLifecycleDbTest {

    private final Engine engine = TestDatabase.engine();
    private final Metadata metadata = Metadata.of(UowParent.class, UowChild.class, UowNode.class, UowCounter.class,
            UowLine.class);
    private final SessionFactory sessions = SessionFactory.of(engine, metadata);

    @BeforeEach
    void create() {
        metadata.dropAll(engine).then(metadata.createAll(engine)).as(StepVerifier::create).verifyComplete();
        sessions.inTransaction(session -> {
            session.add(new UowParent("ann", 1));
            return Mono.empty();
        }).as(StepVerifier::create).verifyComplete();
    }

    @AfterEach
    void drop() {
        metadata.dropAll(engine).as(StepVerifier::create).verifyComplete();
    }

    private Mono<Integer> scoreInDatabase() {
        return engine.execute(text("select score from uow_parents where id = 1")).next()
                .map(row -> row.get(0, Integer.class));
    }

    @Test
    void addAllCascadesToRelatedObjectsAndDeletingAPendingObjectForgetsIt() {
        UowParent bob = new UowParent("bob", 2);
        UowChild first = new UowChild("b1", bob);
        UowChild second = new UowChild("b2", bob);
        Session session = sessions.open();
        session.addAll(List.of(first, second));
        assertThat(session.newObjects()).containsExactly(first, bob, second);
        session.delete(second);
        assertThat(session.state(second)).isEqualTo(ObjectState.TRANSIENT);
        session.commit().then(Mono.fromCallable(() -> session.state(bob))).flatMap(state -> session.close()
                        .thenReturn(state))
                .as(StepVerifier::create).expectNext(ObjectState.PERSISTENT).verifyComplete();
        assertThat(session.state(bob)).isEqualTo(ObjectState.DETACHED);
    }

    @Test
    void oneRowIsOneObjectAndGetNeedsNoStatementForAKnownKey() {
        UowParent cid = new UowParent("cid", 3);
        sessions.inTransaction(session -> {
            session.add(cid);
            return session.flush().then(Mono.fromRunnable(TestDatabase.recorder()::reset))
                    .then(Mono.defer(() -> session.get(UowParent.class, cid.id)))
                    .map(found -> found == cid
                            && session.identityMap().get(new IdentityKey(UowParent.class, cid.id)) == cid);
        }).as(StepVerifier::create).expectNext(true).verifyComplete();
        assertThat(TestDatabase.recorder().count("select")).isZero();
    }

    @Test
    void objectsOnlyReadAreFoundByReferenceWhenFirstAskedAndStayKnownAfterClose() {
        Session reading = sessions.open();
        reading.query(UowParent.class).all().single().flatMap(ann -> reading.close().thenReturn(ann))
                .as(StepVerifier::create)
                .assertNext(ann -> assertThat(reading.state(ann)).isEqualTo(ObjectState.DETACHED)).verifyComplete();
        assertThat(reading.state(new UowParent("new", 9))).isEqualTo(ObjectState.TRANSIENT);

        Session session = sessions.open();
        session.query(UowParent.class).all().single()
                .map(ann -> {
                    session.add(ann);       // the first look-up by reference: known, so not new
                    return session.newObjects().size() + " " + session.state(ann);
                })
                .flatMap(states -> session.close().thenReturn(states))
                .as(StepVerifier::create).expectNext("0 PERSISTENT").verifyComplete();
    }

    @Test
    void expungeDetachesAndLaterChangesAreNotWritten() {
        sessions.inTransaction(session -> session.get(UowParent.class, 1L).doOnNext(ann -> {
            session.expunge(ann);
            assertThat(session.state(ann)).isEqualTo(ObjectState.DETACHED);
            assertThat(session.identityMap()).isEmpty();
            ann.score = 50;
        })).then(scoreInDatabase()).as(StepVerifier::create).expectNext(1).verifyComplete();
    }

    @Test
    void mergeCopiesADetachedObjectOntoTheSessionsObject() {
        sessions.inSession(session -> session.get(UowParent.class, 1L))
                .doOnNext(detached -> detached.score = 70)
                .flatMap(detached -> sessions.inTransaction(session -> session.get(UowParent.class, 1L)
                        .flatMap(own -> session.merge(detached).map(merged -> merged == own && merged != detached
                                && own.score == 70))))
                .as(StepVerifier::create).expectNext(true).verifyComplete();
        scoreInDatabase().as(StepVerifier::create).expectNext(70).verifyComplete();
    }

    @Test
    void mergeOfANewObjectAddsIt() {
        UowParent dan = new UowParent("dan", 4);
        sessions.inTransaction(session -> session.merge(dan).map(merged -> merged == dan
                        && session.state(dan) == ObjectState.PENDING))
                .as(StepVerifier::create).expectNext(true).verifyComplete();
        assertThat(dan.id).isNotNull();
    }

    @Test
    void refreshDiscardsUnflushedChanges() {
        sessions.inTransaction(session -> session.get(UowParent.class, 1L).flatMap(ann -> {
            ann.score = 99;
            return session.refresh(ann);
        }).map(ann -> ann.score + "/" + session.dirty().size()))
                .as(StepVerifier::create).expectNext("1/0").verifyComplete();
    }

    @Test
    void rollbackMakesInsertedObjectsTransientAndLoadedOnesDetached() {
        UowParent eve = new UowParent("eve", 5);
        Session session = sessions.open();
        session.get(UowParent.class, 1L)
                .flatMap(ann -> {
                    session.add(eve);
                    return session.flush().then(session.rollback()).thenReturn(ann);
                })
                .flatMap(ann -> session.close().thenReturn(session.state(ann) + " " + session.state(eve) + " "
                        + eve.id))
                .as(StepVerifier::create).expectNext("DETACHED TRANSIENT null").verifyComplete();
    }

    @Test
    void aClosedSessionRefusesWork() {
        Session session = sessions.open();
        session.close().as(StepVerifier::create).verifyComplete();
        assertThatThrownBy(() -> session.add(new UowParent("late", 0))).isInstanceOf(IllegalStateException.class)
                .hasMessage("This session is closed, so add cannot run; open a new session with sessions.open() or"
                        + " use sessions.inSession(...)");
        session.flush().as(StepVerifier::create).verifyErrorMessage("This session is closed, so flush cannot run; open a"
                + " new session with sessions.open() or use sessions.inSession(...)");
    }
}
