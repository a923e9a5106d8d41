package io.retort.suite;

import static io.retort.sql.Sql.and;
import static io.retort.sql.Sql.func;
import static io.retort.sql.Sql.not;
import static io.retort.sql.Sql.or;
import static io.retort.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import io.retort.Engine;
import io.retort.orm.Metadata;
import io.retort.orm.NotLoadedException;
import io.retort.orm.Query;
import io.retort.orm.RelSessionAccess;
import io.retort.orm.SessionFactory;
import io.retort.querymodel.Address;
import io.retort.querymodel.Address_;
import io.retort.querymodel.Article_;
import io.retort.querymodel.City;
import io.retort.querymodel.City_;
import io.retort.querymodel.QueryFixtures;
import io.retort.querymodel.Sequence;
import io.retort.querymodel.State;
import io.retort.querymodel.State_;
import io.retort.querymodel.User;
import io.retort.querymodel.User_;
import io.retort.testkit.DbTest;
import io.retort.testkit.TestDatabase;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** Every query form of API.md section 4 on the tutorial's users, addresses, articles, states and cities. */
@DbTest
class QueryFormsDbTest {

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
    void filtersOrdersAndPages() {
        sessions.inSession(session -> session.query(User.class).filter(User_.name.eq("ed")).orderBy(User_.id)
                        .limit(5).offset(0).all().map(user -> user.fullname)
                        .concatWith(session.query(User.class).orderBy(User_.id).limit(5).offset(69).all()
                                .map(user -> user.fullname)).collectList())
                .as(StepVerifier::create).expectNext(List.of("Ed Jones")).verifyComplete();
    }

    @Test
    void queriesOfOneShapeCompileOnceAndBindTheirOwnValues() {
        SessionFactory fresh = SessionFactory.of(engine, metadata);
        TestDatabase.recorder().reset();
        fresh.inSession(session -> Flux.concat(
                                session.query(User.class).filter(User_.age.eq(41), User_.name.ne("mary"))
                                        .orderBy(User_.id.desc()).limit(5).all(),
                                session.query(User.class).filter(User_.age.eq(30), User_.name.ne("wendy"))
                                        .orderBy(User_.id.desc()).limit(5).all(),
                                session.query(User.class).filter(User_.age.eq(25), User_.name.ne("wendy"))
                                        .orderBy(User_.id.desc()).limit(5).all())
                        .map(user -> user.name).collectList()
                        .map(names -> names + " " + RelSessionAccess.core(session).bindings().statementTexts().size()))
                .as(StepVerifier::create).expectNext("[fred, ed] 1").verifyComplete();
        assertThat(TestDatabase.recorder().statements()).hasSize(3).allSatisfy(sql -> assertThat(sql)
                .isEqualTo(TestDatabase.recorder().statements().get(0)).doesNotContain("mary", "wendy", "41"));
        // Two equal values cannot show which marker is whose: such a query is compiled, and teaches nothing.
        fresh.inSession(session -> session.query(User.class)
                        .filter(or(User_.name.eq("fred"), User_.fullname.eq("fred")), User_.age.between(40, 41)).all()
                        .map(user -> user.name).collectList()
                        .map(names -> names + " " + RelSessionAccess.core(session).bindings().statementTexts().size()))
                .as(StepVerifier::create).expectNext("[fred] 1").verifyComplete();
        fresh.inSession(session -> session.query(User.class)
                        .filter(or(User_.name.eq("ed"), User_.fullname.eq("Mary Contrary")), User_.age.between(29, 45))
                        .orderBy(User_.id).all()
                        .concatWith(session.query(User.class).filter(or(User_.name.eq("x"), User_.fullname.eq("x")),
                                User_.age.between(0, 99)).all())
                        .map(user -> user.name).collectList()
                        .map(names -> names + " " + RelSessionAccess.core(session).bindings().statementTexts().size()))
                .as(StepVerifier::create).expectNext("[ed, mary] 2").verifyComplete();
    }

    @Test
    void aQueryPinnedToOneKeyRunsTheSelectOfSessionGet() {
        TestDatabase.recorder().reset();
        sessions.inSession(session -> session.get(User.class, 1L).map(user -> user.name)
                        .concatWith(session.query(User.class).filter(User_.id.eq(2L)).one().map(user -> user.name))
                        .concatWith(session.query(User.class).filter(User_.id.eq(3L)).all().map(user -> user.name))
                        .concatWith(session.query(User.class).filter(User_.id.eq(4L)).first().map(user -> user.name))
                        .collectList())
                .as(StepVerifier::create).expectNext(List.of("ed", "wendy", "mary", "fred")).verifyComplete();
        assertThat(TestDatabase.recorder().statements()).hasSize(4).allSatisfy(sql -> assertThat(sql)
                .isEqualTo(TestDatabase.recorder().statements().get(0)).doesNotContainIgnoringCase("limit"));
        sessions.inSession(session -> session.query(User.class).filter(User_.id.eq(1L)).limit(0).all().count())
                .as(StepVerifier::create).expectNext(0L).verifyComplete();
        sessions.inSession(session -> session.query(User.class).filter(User_.id.eq(99L)).oneOrNone().hasElement())
                .as(StepVerifier::create).expectNext(false).verifyComplete();
        sessions.inSession(session -> session.query(User.class).filter(User_.id.eq(99L)).one())
                .as(StepVerifier::create)
                .verifyErrorMessage("Query.one() expected exactly one row but found none [[User]]");
    }

    @Test
    void filterByTakesFieldNames() {
        sessions.inSession(session -> session.query(User.class).filterBy("fullname", "Ed Jones").all()
                        .concatWith(session.query(User.class).filterBy(Map.of("age", 41, "name", "fred")).all())
                        .map(user -> user.name).collectList())
                .as(StepVerifier::create).expectNext(List.of("ed", "fred")).verifyComplete();
    }

    @Test
    void filterByRejectsUnknownFieldsWithTheFieldList() {
        sessions.inSession(session -> session.query(User.class).filterBy("full_name", "Ed Jones").all().collectList())
                .as(StepVerifier::create)
                .verifyErrorMessage("User has no mapped column field 'full_name', so filterBy cannot use it; filterBy"
                        + " takes field names (not column names): id, name, fullname, age");
        sessions.inSession(session -> session.query(User.class).filterBy("addresses", 1).all().collectList())
                .as(StepVerifier::create)
                .verifyErrorSatisfies(error -> assertThat(error).hasMessageEndingWith("'addresses' is a relationship:"
                        + " filter on its foreign-key field or join it"));
    }

    @Test
    void conditionsCombine() {
        sessions.inSession(session -> Sequence.of(
                        names(session.query(User.class).filter(or(User_.name.eq("ed"), User_.name.eq("wendy")))),
                        names(session.query(User.class).filter(User_.name.in(List.of("ed", "fakeuser")))),
                        names(session.query(User.class).filter(User_.name.ilike("ED%"))),
                        names(session.query(User.class).filter(User_.age.between(26, 41), not(User_.name.eq("fred")))),
                        names(session.query(User.class).filter(User_.name.notIn(List.of("ed", "wendy")))
                                .filter(User_.fullname.notLike("%Flint%"))),
                        names(session.query(User.class).filter(and(User_.age.plus(1).gt(40), User_.name.like("m%")))),
                        names(session.query(User.class).filter(User_.age.isNull()))))
                .as(StepVerifier::create)
                .assertNext(all -> assertThat(all).containsExactly(List.of("ed", "wendy"), List.of("ed"), List.of("ed"),
                        List.of("ed", "mary"), List.of("mary"), List.of("mary"), List.of()))
                .verifyComplete();
    }

    @Test
    void columnQueriesGiveRowsKeyedByFieldName() {
        sessions.inSession(session -> session.query(User_.name, User_.fullname).orderBy(User_.id).limit(1).all())
                .as(StepVerifier::create)
                .assertNext(row -> {
                    assertThat(row.size()).isEqualTo(2);
                    assertThat(row.keys()).containsExactly("name", "fullname");
                    assertThat(row.get("fullname")).isEqualTo("Ed Jones");
                })
                .verifyComplete();
        sessions.inSession(session -> session.query(User_.name.label("name_label")).filter(User_.id.eq(2L)).all())
                .as(StepVerifier::create)
                .assertNext(row -> assertThat(row.get("name_label")).isEqualTo("wendy"))
                .verifyComplete();
    }

    @Test
    void entityAndColumnRowsShareTheIdentityMap() {
        sessions.inSession(session -> session.query(User.class, User_.name).filter(User_.id.eq(1L)).one()
                        .flatMap(row -> session.query(User.class).filter(User_.id.eq(1L)).one()
                                .map(user -> row.get(0, User.class) == user && "ed".equals(row.get("name"))
                                        && row.keys().equals(List.of("User", "name")))))
                .as(StepVerifier::create).expectNext(true).verifyComplete();
    }

    @Test
    void aggregatesGroupAndHave() {
        sessions.inSession(session -> session.query(func.count(User_.name), User_.age).groupBy(User_.age)
                        .orderBy(User_.age).all().map(row -> row.get(1, Integer.class) + ":" + row.get(0, Long.class))
                        .collectList())
                .as(StepVerifier::create).expectNext(List.of("25:1", "30:1", "41:2")).verifyComplete();
        sessions.inSession(session -> session.query(User_.age, func.count(User_.id)).groupBy(User_.age)
                        .having(func.count(User_.id).gt(1L)).distinct().all())
                .as(StepVerifier::create)
                .assertNext(row -> assertThat(row.get(1, Integer.class)).isEqualTo(2))
                .verifyComplete();
    }

    @Test
    void fromStatementMapsRowsThroughTheIdentityMap() {
        sessions.inSession(session -> session.query(User.class).filter(User_.id.eq(1L)).one()
                        .flatMap(loaded -> session.query(User.class)
                                .fromStatement(text("SELECT * FROM q_users where name=:name"))
                                .params("name", "ed").all().single()
                                .map(mapped -> mapped == loaded && "Ed Jones".equals(mapped.fullname))))
                .as(StepVerifier::create).expectNext(true).verifyComplete();
    }

    @Test
    void fromStatementEntitiesStartWithTheirRelationshipsUnloaded() {
        sessions.inSession(session -> session.query(User.class)
                        .fromStatement(text("SELECT * FROM q_users where name=:name")).params("name", "wendy").all()
                        .single()
                        .flatMap(wendy -> {
                            assertThat(session.isLoaded(wendy, User_.addresses)).isFalse();
                            assertThatThrownBy(() -> wendy.addresses.size()).isInstanceOf(NotLoadedException.class);
                            return session.fetch(List.of(wendy), User_.addresses).thenReturn(wendy);
                        })
                        .map(wendy -> wendy.addresses.size()))
                .as(StepVerifier::create).expectNext(1).verifyComplete();
    }

    @Test
    void joinsExplicitlyAndAlongRelationships() {
        sessions.inSession(session -> session.query(State.class, City.class)
                        .join(City.class, State_.id.eq(City_.stateId)).orderBy(City_.id).all()
                        .map(row -> row.get(0, State.class).name + "/" + row.get(1, City.class).name).collectList())
                .as(StepVerifier::create).expectNext(List.of("Oregon/Portland", "Oregon/Salem", "Texas/Austin"))
                .verifyComplete();
        sessions.inSession(session -> Sequence.of(
                        names(session.query(User.class).join(User_.articles).filter(Article_.title.eq("Beta"))),
                        names(session.query(User.class).join(User_.addresses).distinct()),
                        session.query(Address.class).join(Address_.user).filter(User_.name.eq("wendy")).all()
                                .map(address -> address.email).collectList()))
                .as(StepVerifier::create)
                .assertNext(all -> assertThat(all).containsExactly(List.of("ed", "mary"), List.of("ed", "wendy"),
                        List.of("wendy@gmail.com")))
                .verifyComplete();
    }

    @Test
    void outerJoinFindsTheMissing() {
        sessions.inSession(session -> names(session.query(User.class)
                        .outerJoin(Address.class, User_.id.eq(Address_.userId)).filter(Address_.id.isNull())))
                .as(StepVerifier::create).expectNext(List.of("mary", "fred")).verifyComplete();
    }

    @Test
    void terminalsSayWhatTheyFound() {
        sessions.inSession(session -> session.query(User.class).one())
                .as(StepVerifier::create)
                .verifyErrorMessage("Query.one() expected exactly one row but found 4 [[User]]; use first() or all(),"
                        + " or filter further");
        sessions.inSession(session -> session.query(User.class).filter(User_.name.eq("nobody")).one())
                .as(StepVerifier::create)
                .verifyErrorMessage("Query.one() expected exactly one row but found none [[User]]");
        sessions.inSession(session -> Sequence.of(
                        session.query(User.class).filter(User_.name.eq("nobody")).oneOrNone().hasElement(),
                        session.query(User.class).orderBy(User_.age.desc(), User_.id).first().map(u -> u.name),
                        session.query(User.class).filter(User_.age.eq(41)).count(),
                        session.query(User.class).filter(User_.age.gt(100)).exists(),
                        session.query(func.max(User_.age)).scalar().map(max -> ((Number) max).intValue()),
                        session.query(User.class).filter(User_.age.gt(40)).exists()))
                .as(StepVerifier::create)
                .assertNext(all -> assertThat(all).containsExactly(false, "mary", 2L, false, 41, true))
                .verifyComplete();
    }

    @Test
    void queriesAreImmutableAndResubscribable() {
        sessions.inSession(session -> {
            Query<User> base = session.query(User.class).orderBy(User_.id);
            Query<User> eds = base.filter(User_.name.eq("ed"));
            return names(base).concatWith(names(eds)).concatWith(names(eds)).concatWith(names(base)).collectList();
        }).as(StepVerifier::create)
                .expectNext(List.of(List.of("ed", "wendy", "mary", "fred"), List.of("ed"), List.of("ed"),
                        List.of("ed", "wendy", "mary", "fred")))
                .verifyComplete();
    }

    @Test
    void queriesAutoflushPendingObjects() {
        sessions.inTransaction(session -> {
            session.add(new User(10L, "jack", "Jack Bean", 12));
            return session.query(User.class).filter(User_.age.lt(20)).all().map(user -> user.name).collectList();
        }).as(StepVerifier::create).expectNext(List.of("jack")).verifyComplete();
    }

    @Test
    void ordersWithNullsFirstOrLast() {
        sessions.inTransaction(session -> {
            session.add(new User(5L, "nobody", "No Age", null));
            return session.query(User.class).orderBy(User_.age.desc().nullsLast(), User_.id).all()
                    .map(user -> user.name).collectList()
                    .zipWhen(last -> session.query(User.class).orderBy(User_.age.asc().nullsFirst(), User_.id).all()
                            .map(user -> user.name).collectList());
        }).as(StepVerifier::create)
                .assertNext(both -> {
                    assertThat(both.getT1()).containsExactly("mary", "fred", "ed", "wendy", "nobody");
                    assertThat(both.getT2()).containsExactly("nobody", "wendy", "ed", "mary", "fred");
                })
                .verifyComplete();
    }

    @Test
    void largeInListsBind() {
        List<Long> ids = new java.util.ArrayList<>();
        for (long i = 0; i < 70_000; i++) {
            ids.add(i % 2 == 0 ? i : -i);
        }
        sessions.inSession(session -> session.query(User.class).filter(User_.id.in(ids)).all().count())
                .as(StepVerifier::create).expectNext(2L).verifyComplete();
    }

    @Test
    void cancellingAStreamReleasesTheSession() {
        sessions.inSession(session -> session.query(User.class).orderBy(User_.id).all().take(1).map(u -> u.name)
                        .concatWith(session.query(User.class).count().map(String::valueOf)).collectList())
                .as(StepVerifier::create).expectNext(List.of("ed", "4")).verifyComplete();
    }

    static Mono<List<String>> names(Query<User> query) {
        return query.orderBy(User_.id).all().map(user -> user.name).collectList();
    }
}
