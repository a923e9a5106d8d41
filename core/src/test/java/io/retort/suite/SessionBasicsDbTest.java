package io.retort.suite;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.Engine;
import io.retort.model.Address;
import io.retort.model.Article;
import io.retort.model.City;
import io.retort.model.User;
import io.retort.orm.Metadata;
import io.retort.orm.ObjectState;
import io.retort.orm.Session;
import io.retort.orm.SessionFactory;
import io.retort.orm.Sessions;
import io.retort.orm.StaleObjectException;
import io.retort.testkit.DbTest;
import io.retort.testkit.TestDatabase;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** The session's basic life cycle: states, identity map, flush, commit, get, version checks. */
@DbTest
class SessionBasicsDbTest {

    private final Engine engine = TestDatabase.engine();
    private final Metadata metadata = Metadata.of(User.class, Article.class, City.class, Address.class);
    private final SessionFactory sessions = SessionFactory.of(engine, metadata);

    @BeforeEach
    void create() {
        metadata.dropAll(engine).then(metadata.createAll(engine)).as(StepVerifier::create).verifyComplete();
    }

    @AfterEach
    void drop() {
        metadata.dropAll(engine).as(StepVerifier::create).verifyComplete();
    }

    @Test
    void objectStatesFollowSqlAlchemy() {
        User ed = new User("ed", "Ed Jones");
        sessions.inTransaction(session -> {
            assertThat(session.state(ed)).isEqualTo(ObjectState.TRANSIENT);
            session.add(ed);
            assertThat(session.state(ed)).isEqualTo(ObjectState.PENDING);
            assertThat(session.newObjects()).containsExactly(ed);
            return session.flush().then(Mono.fromCallable(() -> {
                assertThat(session.state(ed)).isEqualTo(ObjectState.PERSISTENT);
                assertThat(ed.getId()).isNotNull();
                assertThat(ed.getVersion()).isEqualTo(1);
                return session.identityMap().size();
            }));
        }).as(StepVerifier::create).expectNext(1).verifyComplete();
    }

    @Test
    void getUsesTheIdentityMapAndLoadsOtherwise() {
        User ed = new User("ed", "Ed Jones");
        sessions.inTransaction(session -> {
            session.add(ed);
            return session.flush();
        }).as(StepVerifier::create).verifyComplete();
        TestDatabase.recorder().reset();
        sessions.inSession(session -> session.get(User.class, ed.getId())
                .flatMap(first -> session.get(User.class, ed.getId()).map(second -> first == second
                        && first != ed && "Ed Jones".equals(first.getFullName()))))
                .as(StepVerifier::create).expectNext(true).verifyComplete();
        assertThat(TestDatabase.recorder().count("select")).isEqualTo(1);
    }

    @Test
    void updatesOnlyChangedColumnsAndBumpsTheVersion() {
        User ed = new User("ed", "Ed Jones");
        sessions.inTransaction(session -> {
            session.add(ed);
            return session.flush();
        }).as(StepVerifier::create).verifyComplete();
        TestDatabase.recorder().reset();
        sessions.inTransaction(session -> session.get(User.class, ed.getId()).flatMap(user -> {
            assertThat(session.dirty()).isEmpty();
            user.setAge(40);
            assertThat(session.dirty()).containsExactly(user);
            return session.flush().then(Mono.fromCallable(user::getVersion));
        })).as(StepVerifier::create).expectNext(2).verifyComplete();
        assertThat(TestDatabase.recorder().statements()).filteredOn(s -> s.toLowerCase().startsWith("update"))
                .singleElement().satisfies(sql -> assertThat(sql).contains("age").doesNotContain("full_name"));
    }

    @Test
    void staleVersionFailsAndWritesNothing() {
        User ed = new User("ed", "Ed Jones");
        sessions.inTransaction(session -> {
            session.add(ed);
            return session.flush();
        }).as(StepVerifier::create).verifyComplete();
        Session first = sessions.open();
        Session second = sessions.open();
        first.get(User.class, ed.getId())
                .zipWith(second.get(User.class, ed.getId()))
                .flatMap(users -> {
                    users.getT1().setAge(1);
                    users.getT2().setAge(2);
                    return first.commit().then(second.commit());
                })
                .as(StepVerifier::create)
                .verifyErrorSatisfies(error -> assertThat(error).isInstanceOf(StaleObjectException.class)
                        .hasMessageContaining("User with key " + ed.getId()));
        first.close().then(second.close()).as(StepVerifier::create).verifyComplete();
        sessions.inSession(session -> session.get(User.class, ed.getId()).map(User::getAge))
                .as(StepVerifier::create).expectNext(1).verifyComplete();
    }

    @Test
    void deleteRemovesTheRowAndDetachesAfterCommit() {
        User ed = new User("ed", "Ed Jones");
        Session session = sessions.open();
        session.add(ed);
        session.commit()
                .then(Mono.fromRunnable(() -> session.delete(ed)))
                .then(Mono.fromCallable(() -> session.deleted().contains(ed)))
                .flatMap(deleted -> session.commit().thenReturn(deleted))
                .doOnNext(deleted -> assertThat(session.state(ed)).isEqualTo(ObjectState.DETACHED))
                .then(Mono.defer(() -> session.get(User.class, ed.getId()).hasElement()))
                .flatMap(found -> session.close().thenReturn(found))
                .as(StepVerifier::create).expectNext(false).verifyComplete();
    }

    @Test
    void aByteArrayChangedInPlaceIsWrittenAndAnUntouchedOneIsNot() {
        Metadata blobs = Metadata.of(Attachment.class);
        SessionFactory factory = SessionFactory.of(engine, blobs);
        Attachment saved = new Attachment();
        saved.id = 1L;
        saved.data = new byte[] {1, 2, 3};
        blobs.dropAll(engine).then(blobs.createAll(engine))
                .then(factory.inTransaction(session -> Mono.fromRunnable(() -> session.add(saved))))
                .then(factory.inTransaction(session -> session.get(Attachment.class, 1L).flatMap(loaded -> {
                    TestDatabase.recorder().reset();
                    return session.flush().then(Mono.fromCallable(() -> {
                        assertThat(TestDatabase.recorder().count("update")).isZero();     // loaded and untouched: nothing to write
                        loaded.data[1] = 9;                                            // changed in place, not reassigned
                        return loaded;
                    }));
                })))
                .then(factory.inSession(session -> session.get(Attachment.class, 1L).map(loaded -> loaded.data)))
                .as(StepVerifier::create)
                .assertNext(data -> assertThat(data).containsExactly(1, 9, 3))
                .verifyComplete();
        blobs.dropAll(engine).as(StepVerifier::create).verifyComplete();
    }

    /** An entity with a binary column, for in-place changes. */
    @io.retort.orm.Table("session_attachments")
    public static class Attachment {
        @io.retort.orm.Id public Long id;
        public byte[] data;

        public Attachment() {
        }
    }

    @Test
    void currentSessionComesFromTheContext() {
        sessions.inTransaction(session -> Sessions.current().map(current -> current == session))
                .as(StepVerifier::create).expectNext(true).verifyComplete();
        Sessions.current().as(StepVerifier::create)
                .verifyErrorMessage("No session in the Reactor context; call this inside sessions.inSession(...) or"
                        + " sessions.inTransaction(...)");
    }
}
