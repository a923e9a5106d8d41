package io.retort.suite;

import static io.retort.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import io.retort.DatabaseException;
import io.retort.Engine;
import io.retort.model.UowChild;
import io.retort.model.UowCounter;
import io.retort.model.UowLine;
import io.retort.model.UowNode;
import io.retort.model.UowParent;
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
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

/** Nested transactions: {@code session.beginNested} runs work in a SAVEPOINT and undoes memory with it. */
@DbTest
class SessionNestedDbTest {

    private final Engine engine = TestDatabase.engine();
    private final Metadata metadata = Metadata.of(UowParent.class, UowChild.class, UowNode.class, UowCounter.class,
            UowLine.class);
    private final SessionFactory sessions = SessionFactory.of(engine, metadata);

    @BeforeEach
    void create() {
        metadata.dropAll(engine).then(metadata.createAll(engine)).as(StepVerifier::create).verifyComplete();
    }

    @AfterEach
    void drop() {
        metadata.dropAll(engine).as(StepVerifier::create).verifyComplete();
    }

    private Mono<String> names() {
        return engine.execute(text("select name, score from uow_parents order by name"))
                .map(row -> row.get(0, String.class) + "=" + row.get(1, Integer.class))
                .collectList().map(String::valueOf);
    }

    @Test
    void nestedChangesCommitWithTheOuterTransaction() {
        UowParent outer = new UowParent("outer", 1);
        UowParent inner = new UowParent("inner", 2);
        sessions.inTransaction(session -> {
            session.add(outer);
            return session.beginNested(nested -> {
                nested.add(inner);
                return Mono.just("done");
            }).doOnNext(value -> assertThat(session.state(inner)).isEqualTo(ObjectState.PERSISTENT));
        }).then(names()).as(StepVerifier::create).expectNext("[inner=2, outer=1]").verifyComplete();
    }

    @Test
    void aFailedNestedTransactionRollsBackToItsSavepointAndRestoresTheObjects() {
        UowParent outer = new UowParent("outer", 5);
        UowParent inner = new UowParent("inner", 6);
        sessions.inTransaction(session -> {
            session.add(outer);
            return session.flush()
                    .then(session.beginNested(nested -> {
                        nested.add(inner);
                        outer.score = 99;
                        return nested.flush().then(Mono.error(new IllegalStateException("inner failed")));
                    }))
                    .onErrorResume(IllegalStateException.class, error -> Mono.fromRunnable(() -> {
                        assertThat(error).hasMessage("inner failed");
                        assertThat(session.state(inner)).isEqualTo(ObjectState.TRANSIENT);
                        assertThat(inner.id).isNull();
                        assertThat(outer.score).isEqualTo(5);
                        assertThat(outer.version).isEqualTo(1);
                        assertThat(session.dirty()).isEmpty();
                    }));
        }).then(names()).as(StepVerifier::create).expectNext("[outer=5]").verifyComplete();
    }

    @Test
    void aFlushFailureInsideANestedTransactionKeepsTheOuterOneUsable() {
        sessions.inTransaction(session -> {
            session.add(new UowParent("taken", 1));
            return session.beginNested(nested -> {
                nested.add(new UowParent("taken", 2));
                return nested.flush();
            }).onErrorResume(DatabaseException.class, error -> Mono.fromRunnable(() -> assertThat(error.kind())
                    .isEqualTo(DatabaseException.Kind.CONSTRAINT_VIOLATION)))
                    .then(Mono.fromRunnable(() -> session.add(new UowParent("later", 3))));
        }).then(names()).as(StepVerifier::create).expectNext("[later=3, taken=1]").verifyComplete();
    }

    @Test
    void cancellingANestedTransactionRollsItBack() {
        UowParent inner = new UowParent("inner", 1);
        Session session = sessions.open();
        Sinks.One<Boolean> flushed = Sinks.one();
        session.add(new UowParent("outer", 0));
        session.beginNested(nested -> {
            nested.add(inner);
            return nested.flush().then(Mono.fromRunnable(() -> flushed.tryEmitValue(true))).then(Mono.never());
        }).takeUntilOther(flushed.asMono()).as(StepVerifier::create).verifyComplete();
        Mono.fromCallable(() -> session.state(inner))
                .filter(state -> state == ObjectState.TRANSIENT)
                .repeatWhenEmpty(50, repeat -> repeat.delayElements(Duration.ofMillis(20)))
                .then(session.commit())
                .then(session.close())
                .then(names())
                .as(StepVerifier::create).expectNext("[outer=0]").verifyComplete();
    }
}
