package io.retort.suite;

import static io.retort.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.retort.DatabaseException;
import io.retort.Engine;
import io.retort.RetortException;
import io.retort.testkit.DbTest;
import io.retort.testkit.PoolAssertions;
import io.retort.testkit.TestDatabase;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

@DbTest
class EngineDbTest {

    private final Engine engine = TestDatabase.engine();

    private String q(String identifier) {
        return engine.dialect().syntax().quote(identifier);
    }

    @BeforeEach
    void createTable() {
        dropTable().then(engine.executeUpdate(text("create table " + q("eng_users")
                + " (id integer primary key, name varchar(50), age integer)")))
                .then(insert(1, "ed", 30)).then(insert(2, "wendy", 17)).then(insert(3, "mary", null))
                .as(StepVerifier::create).expectNextCount(1).verifyComplete();
    }

    @AfterEach
    void dropTableAfter() {
        dropTable().as(StepVerifier::create).expectNextCount(1).verifyComplete();
    }

    private Mono<Long> dropTable() {
        return engine.executeUpdate(text("drop table if exists " + q("eng_users")));
    }

    private Mono<Long> insert(int id, String name, Integer age) {
        return engine.executeUpdate(text("insert into " + q("eng_users") + " (id, name, age) values (:id, :name, :age)")
                .bind("id", id).bind("name", name).bind("age", age, Integer.class));
    }

    @Test
    void dialectNameIsCanonical() {
        assertThat(engine.dialect().name()).isEqualTo(TestDatabase.dialect());
    }

    @Test
    void executesNamedParametersWithDialectBindMarkers() {
        TestDatabase.recorder().reset();
        engine.execute(text("select name from eng_users where age > :age order by id").bind("age", 18))
                .map(row -> row.get("name", String.class))
                .as(StepVerifier::create).expectNext("ed").verifyComplete();
        String sent = TestDatabase.recorder().statements().get(0);
        assertThat(sent).contains(TestDatabase.isPostgres() || TestDatabase.isH2() ? "$1" : "?")
                .doesNotContain(":age");
    }

    @Test
    void unquotedSqlFindsTableCreatedQuotedInLowerCase() {
        // MySQL on Linux keeps table names case-sensitive; PostgreSQL and H2 fold unquoted names.
        String table = TestDatabase.isMySql() ? "eng_users" : "ENG_USERS";
        engine.execute(text("SELECT COUNT(*) AS total FROM " + table))
                .map(row -> row.get("total", Long.class))
                .as(StepVerifier::create).expectNext(3L).verifyComplete();
    }

    @Test
    void rowGivesValuesByIndexByCaseInsensitiveNameAndByType() {
        engine.execute(text("select id, name, age from eng_users where id = :id").bind("id", 1))
                .as(StepVerifier::create)
                .assertNext(row -> {
                    assertThat(row.size()).isEqualTo(3);
                    assertThat(row.keys()).map(String::toLowerCase).containsExactly("id", "name", "age");
                    assertThat(row.get(1)).isEqualTo("ed");
                    assertThat(row.get("NAME")).isEqualTo("ed");
                    assertThat(row.get("age", Long.class)).isEqualTo(30L);
                    assertThat(row.get(0, Integer.class)).isEqualTo(1);
                    assertThatThrownBy(() -> row.get("nope")).isInstanceOf(IllegalArgumentException.class)
                            .hasMessageContaining("no column 'nope'");
                })
                .verifyComplete();
    }

    @Test
    void bindsTypedNull() {
        engine.execute(text("select count(*) as c from eng_users where age is null or age = :age")
                .bind("age", null, Integer.class))
                .map(row -> row.get("c", Integer.class))
                .as(StepVerifier::create).expectNext(1).verifyComplete();
    }

    @Test
    void executeUpdateCountsChangedRows() {
        engine.executeUpdate(text("update eng_users set age = age + 1 where age is not null"))
                .as(StepVerifier::create).expectNext(2L).verifyComplete();
    }

    @Test
    void missingNamedParameterIsAClearError() {
        engine.execute(text("select * from eng_users where name = :name"))
                .as(StepVerifier::create)
                .verifyErrorSatisfies(error -> assertThat(error)
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("SQL parameter ':name' has no value; call .bind(\"name\", value)"));
    }

    @Test
    void sqlErrorCarriesDatabaseTextAndSqlButNotValues() {
        engine.execute(text("select * from eng_missing_table where x = :x").bind("x", "secret-value"))
                .as(StepVerifier::create)
                .verifyErrorSatisfies(error -> {
                    assertThat(error).isInstanceOf(DatabaseException.class);
                    DatabaseException db = (DatabaseException) error;
                    assertThat(db.kind()).isEqualTo(DatabaseException.Kind.BAD_SQL);
                    assertThat(db.getMessage()).containsIgnoringCase("eng_missing_table")
                            .contains("[SQL: select * from eng_missing_table where x = ")
                            .doesNotContain("secret-value");
                });
    }

    @Test
    void constraintViolationIsClassified() {
        insert(1, "again", 1).as(StepVerifier::create)
                .verifyErrorSatisfies(error -> assertThat(((DatabaseException) error).kind())
                        .isEqualTo(DatabaseException.Kind.CONSTRAINT_VIOLATION));
    }

    @Test
    void inTransactionCommitsOnComplete() {
        engine.inTransaction(c -> c.executeUpdate(text("delete from eng_users where id = 1")))
                .then(count())
                .as(StepVerifier::create).expectNext(2L).verifyComplete();
    }

    @Test
    void inTransactionRollsBackOnError() {
        engine.inTransaction(c -> c.executeUpdate(text("delete from eng_users"))
                        .then(Mono.error(new IllegalStateException("boom"))))
                .as(StepVerifier::create).verifyErrorMessage("boom");
        count().as(StepVerifier::create).expectNext(3L).verifyComplete();
    }

    @Test
    void inTransactionRollsBackOnCancel() {
        engine.inTransaction(c -> c.executeUpdate(text("delete from eng_users")).thenMany(Flux.never()))
                .as(StepVerifier::create)
                .thenAwait(Duration.ofMillis(200))
                .thenCancel()
                .verify();
        count().as(StepVerifier::create).expectNext(3L).verifyComplete();
    }

    @Test
    void connectHandsOutAConnectionTheCallerCloses() {
        engine.connect()
                .flatMapMany(c -> c.execute(text("select name from eng_users where id = :id").bind("id", 2))
                        .map(row -> row.get(0, String.class))
                        .concatWith(c.close().then(Mono.empty())))
                .as(StepVerifier::create).expectNext("wendy").verifyComplete();
    }

    @Test
    void withConnectionRunsSeveralStatementsOnOneConnection() {
        engine.withConnection(c -> c.executeUpdate(text("update eng_users set name = 'x' where id = 3"))
                        .thenMany(c.execute(text("select name from eng_users where id = 3"))))
                .map(row -> row.get(0))
                .as(StepVerifier::create).expectNext("x").verifyComplete();
    }

    @Test
    void takeReleasesTheConnectionOfALargeResult() throws InterruptedException {
        engine.execute(text(TestDatabase.seriesSql(100_000)))
                .take(3)
                .as(StepVerifier::create).expectNextCount(3).verifyComplete();
        PoolAssertions.assertIdle(engine, Duration.ofSeconds(5));
    }

    @Test
    void streamsWithBackPressure() {
        engine.execute(text(TestDatabase.seriesSql(10_000)))
                .as(flux -> StepVerifier.create(flux, 5))
                .expectNextCount(5)
                .thenRequest(10)
                .expectNextCount(10)
                .thenCancel()
                .verify();
    }

    @Test
    void smallPoolSurvivesManyCancelledAndFailedQueries() throws InterruptedException {
        Engine small = Engine.builder(TestDatabase.url()).poolSize(2).acquireTimeout(Duration.ofSeconds(5)).build();
        try {
            Flux.range(0, 40)
                    .concatMap(i -> i % 2 == 0
                            ? small.execute(text(TestDatabase.seriesSql(50_000))).take(2).then()
                            : small.execute(text("select * from eng_no_such_table")).then().onErrorResume(e -> Mono.empty()))
                    .thenMany(Flux.range(0, 6).flatMap(i -> small.execute(text("select count(*) from eng_users")), 6))
                    .as(StepVerifier::create).expectNextCount(6).verifyComplete();
            PoolAssertions.assertIdle(small, Duration.ofSeconds(5));
        } finally {
            small.dispose().as(StepVerifier::create).verifyComplete();
        }
    }

    @Test
    void anExhaustedPoolFailsAWaitingAcquisitionAfterTheAcquireTimeoutAndStaysUsable() throws InterruptedException {
        Engine small = Engine.builder(TestDatabase.url()).poolSize(1).acquireTimeout(Duration.ofMillis(500)).build();
        try {
            Sinks.Empty<Void> held = Sinks.empty();
            Sinks.Empty<Void> release = Sinks.empty();
            Flux<Object> holder = small.<Object>withConnection(connection -> {
                held.tryEmitEmpty();
                return release.asMono().cast(Object.class);
            });
            Mono<Object> waiter = held.asMono().then(small.execute(text("select 1")).next().cast(Object.class))
                    .doFinally(signal -> release.tryEmitEmpty());
            Flux.merge(holder, waiter)
                    .as(StepVerifier::create)
                    .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(DatabaseException.class)
                            .hasMessageContaining("within the acquire timeout")
                            .extracting(e -> ((DatabaseException) e).kind()).isEqualTo(DatabaseException.Kind.TIMEOUT))
                    .verify(Duration.ofSeconds(10));
            small.execute(text("select 1")).as(StepVerifier::create).expectNextCount(1).verifyComplete();
            PoolAssertions.assertIdle(small, Duration.ofSeconds(5));
        } finally {
            small.dispose().as(StepVerifier::create).verifyComplete();
        }
    }

    @Test
    void concurrentQueriesSpreadOverSeveralThreads() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        Flux.range(0, 64)
                .flatMap(i -> engine.execute(text("select count(*) as c from eng_users"))
                        .doOnNext(row -> threads.add(Thread.currentThread().getName())), 16)
                .as(StepVerifier::create).expectNextCount(64).verifyComplete();
        assertThat(threads).isNotEmpty();
    }

    @Test
    void wrongCredentialsAreReportedWithoutThePassword() {
        String password = "Wr0ngPassw0rd";
        if (TestDatabase.isH2()) {
            Engine owner = Engine.create(TestDatabase.badCredentialsUrl("RightPassw0rd"));
            owner.execute(text("select 1")).then(owner.dispose()).as(StepVerifier::create).verifyComplete();
        }
        Engine bad = Engine.builder(TestDatabase.badCredentialsUrl(password)).poolSize(1)
                .acquireTimeout(Duration.ofSeconds(5)).build();
        assertThat(bad.toString()).doesNotContain(password);
        bad.execute(text("select 1"))
                .as(StepVerifier::create)
                .verifyErrorSatisfies(error -> {
                    assertThat(error).isInstanceOf(DatabaseException.class);
                    assertThat(((DatabaseException) error).kind()).isEqualTo(DatabaseException.Kind.PERMISSION_DENIED);
                    assertThat(error.getMessage()).doesNotContain(password).contains("check the user and password");
                    for (Throwable t = error; t != null; t = t.getCause()) {
                        assertThat(String.valueOf(t.getMessage())).doesNotContain(password);
                    }
                });
        bad.dispose().as(StepVerifier::create).verifyComplete();
    }

    @Test
    void unreachableDatabaseFailsWithinTheAcquireTimeout() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            List<Socket> accepted = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (!silent.isClosed()) {
                        accepted.add(silent.accept());
                    }
                } catch (IOException ignored) {
                    // closed by the test
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            Engine unreachable = Engine.builder(TestDatabase.unreachableUrl(silent.getLocalPort())).poolSize(1)
                    .acquireTimeout(Duration.ofSeconds(1)).build();
            long start = System.nanoTime();
            unreachable.execute(text("select 1"))
                    .as(StepVerifier::create)
                    .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(RetortException.class)
                            .hasMessageStartingWith("Could not get a connection to"))
                    .verify(Duration.ofSeconds(15));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
            unreachable.dispose().as(StepVerifier::create).verifyComplete();
            for (Socket socket : accepted) {
                socket.close();
            }
        }
    }

    private Mono<Long> count() {
        return engine.execute(text("select count(*) from eng_users")).single().map(row -> row.get(0, Long.class));
    }
}
