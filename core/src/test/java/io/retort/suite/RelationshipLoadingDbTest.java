package io.retort.suite;

import static io.retort.orm.Orm.joinedload;
import static io.retort.orm.Orm.selectinload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import io.retort.model.RelAuthor;
import io.retort.model.RelAuthor_;
import io.retort.model.RelBook;
import io.retort.model.RelBook_;
import io.retort.model.RelEmployee;
import io.retort.model.RelEmployee_;
import io.retort.model.RelOrder;
import io.retort.model.RelOrderLine;
import io.retort.model.RelOrderLine_;
import io.retort.model.RelOrder_;
import io.retort.model.RelPassport;
import io.retort.model.RelPerson;
import io.retort.model.RelTag;
import io.retort.orm.NotLoadedException;
import io.retort.orm.RelSessionAccess;
import io.retort.testkit.DbTest;
import io.retort.testkit.TestDatabase;

import org.junit.jupiter.api.Test;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** Relationship loading: select-in per path, joined, defaults, session.fetch and its batching, NotLoadedException. */
@DbTest
class RelationshipLoadingDbTest extends RelationshipSuite {


    private void save(Object... objects) {
        sessions.inTransaction(session -> {
            for (Object object : objects) {
                session.add(object);
            }
            return session.flush();
        }).as(StepVerifier::create).verifyComplete();
        TestDatabase.recorder().reset();
    }

    @Test
    void selectinCostsOneStatementPerPathWhateverTheNumberOfParents() {
        save(RelFixtures.library(5, 4).toArray());
        sessions.inSession(session -> RelSessionAccess.all(session, RelAuthor.class,
                        selectinload(RelAuthor_.books).selectinload(RelBook_.tags))
                .map(authors -> {
                    assertThat(authors).hasSize(5).allSatisfy(author -> {
                        assertThat(author.books).hasSize(4).allSatisfy(book -> {
                            assertThat(book.author).isSameAs(author);
                            assertThat(book.tags).hasSize(2);
                        });
                    });
                    RelTag red = authors.get(0).books.get(0).tags.get(0);
                    assertThat(authors.get(4).books.get(0).tags.get(0)).isSameAs(red);
                    return authors.size();
                }))
                .as(StepVerifier::create).expectNext(5).verifyComplete();
        assertThat(TestDatabase.recorder().count("select")).isEqualTo(3);
        assertThat(TestDatabase.recorder().statements().get(2).toLowerCase()).contains("rel_book_tag").contains("join");
    }

    @Test
    void anUnloadedCollectionThrowsSayingHowToLoadIt() {
        save(RelFixtures.library(1, 1).toArray());
        sessions.inSession(session -> RelSessionAccess.all(session, RelAuthor.class)
                .map(authors -> authors.get(0)))
                .as(StepVerifier::create)
                .assertNext(author -> assertThatThrownBy(() -> author.books.size())
                        .isInstanceOf(NotLoadedException.class)
                        .hasMessage("RelAuthor.books is not loaded; add `selectinload(RelAuthor_.books)` to the query"
                                + " or call `session.fetch(relAuthors, RelAuthor_.books)`"))
                .verifyComplete();
    }

    @Test
    void aLoadThatFailsLeavesItsCollectionsUnloadedAndALaterLoadFillsThem() {
        save(RelFixtures.library(2, 2).toArray());
        sessions.inSession(session -> RelSessionAccess.all(session, RelAuthor.class).flatMap(authors ->
                failingWhileRenamed("rel_books", session.beginNested(nested -> nested.fetch(authors, RelAuthor_.books)))
                        .then(Mono.fromRunnable(() -> {
                            assertThat(session.isLoaded(authors.get(0), RelAuthor_.books)).isFalse();
                            assertThatThrownBy(() -> authors.get(1).books.size()).isInstanceOf(NotLoadedException.class);
                        }))
                        .then(session.fetch(authors, RelAuthor_.books))
                        .then(Mono.defer(() -> {
                            List<RelBook> books = new ArrayList<>(authors.get(0).books);
                            books.addAll(authors.get(1).books);
                            return failingWhileRenamed("rel_book_tag",
                                            session.beginNested(nested -> nested.fetch(books, RelBook_.tags)))
                                    .then(Mono.fromCallable(() -> session.isLoaded(books.get(0), RelBook_.tags)
                                            + " " + authors.get(0).books.size() + " " + authors.get(1).books.size()))
                                    .flatMap(afterFailure -> session.fetch(books, RelBook_.tags)
                                            .then(Mono.fromCallable(() -> afterFailure + " " + books.get(3).tags.size())));
                        }))))
                .as(StepVerifier::create).expectNext("false 2 2 2").verifyComplete();
    }

    /**
     * {@code load}, run while {@code table} is renamed away so that its SELECT fails; the error is
     * swallowed (the load runs in a nested transaction, so PostgreSQL's transaction stays usable).
     */
    private Mono<Void> failingWhileRenamed(String table, Mono<Void> load) {
        return engine.execute(io.retort.sql.Sql.text("ALTER TABLE " + table + " RENAME TO " + table + "_away")).then()
                .then(load.then(Mono.<Void>error(new AssertionError("the load should have failed")))
                        .onErrorResume(error -> !(error instanceof AssertionError), error -> Mono.empty()))
                .then(engine.execute(io.retort.sql.Sql.text("ALTER TABLE " + table + "_away RENAME TO " + table)).then());
    }

    @Test
    void anUnloadedReferenceIsNullAndSaysSoUntilFetched() {
        save(RelFixtures.library(2, 3).toArray());
        sessions.inSession(session -> RelSessionAccess.all(session, RelBook.class).flatMap(books -> {
            assertThat(books.get(0).author).isNull();
            assertThat(session.isLoaded(books.get(0), RelBook_.author)).isFalse();
            TestDatabase.recorder().reset();
            return session.fetch(books, RelBook_.author).then(Mono.fromCallable(() -> {
                assertThat(session.isLoaded(books.get(0), RelBook_.author)).isTrue();
                assertThat(books.get(0).author.name).isEqualTo("author 0");
                assertThat(books.get(5).author.name).isEqualTo("author 1");
                assertThat(books.get(0).author).isSameAs(books.get(2).author);
                return books.size();
            }));
        })).as(StepVerifier::create).expectNext(6).verifyComplete();
        assertThat(TestDatabase.recorder().count("select")).isEqualTo(1);
    }

    @Test
    void manyToOneLoadsOnlyTargetsTheSessionDoesNotHold() {
        save(RelFixtures.library(2, 3).toArray());
        sessions.inSession(session -> RelSessionAccess.all(session, RelAuthor.class)
                .then(RelSessionAccess.all(session, RelBook.class, selectinload(RelBook_.author)))
                .map(books -> books.get(0).author.name))
                .as(StepVerifier::create).expectNext("author 0").verifyComplete();
        assertThat(TestDatabase.recorder().count("select")).isEqualTo(2);
    }

    @Test
    void fetchCallsOfSiblingsShareOneStatement() {
        save(RelFixtures.library(20, 2).toArray());
        sessions.inSession(session -> RelSessionAccess.all(session, RelAuthor.class).flatMap(authors -> {
            TestDatabase.recorder().reset();
            return Flux.fromIterable(authors)
                    .flatMap(author -> session.fetch(List.of(author), RelAuthor_.books)
                            .then(Mono.fromCallable(() -> author.books.size())))
                    .reduce(0, Integer::sum);
        })).as(StepVerifier::create).expectNext(40).verifyComplete();
        assertThat(TestDatabase.recorder().count("select")).as(TestDatabase.recorder().statements().toString())
                .isEqualTo(1);
    }

    @Test
    void fetchSelectinOnTheAnnotationLoadsWithEveryQuery() {
        RelPerson ann = new RelPerson("ann");
        RelPerson bob = new RelPerson("bob");
        RelPassport passport = new RelPassport("P-1");
        passport.person = ann;
        save(ann, bob, passport);
        sessions.inSession(session -> RelSessionAccess.all(session, RelPerson.class).map(people -> {
            assertThat(people.get(0).passport.number).isEqualTo("P-1");
            assertThat(people.get(0).passport.person).isSameAs(people.get(0));
            assertThat(people.get(1).passport).isNull();
            return session.isLoaded(people.get(1), io.retort.model.RelPerson_.passport);
        })).as(StepVerifier::create).expectNext(true).verifyComplete();
        assertThat(TestDatabase.recorder().count("select")).isEqualTo(2);
    }

    @Test
    void joinedloadCostsNoExtraStatement() {
        save(RelFixtures.library(3, 2).toArray());
        sessions.inSession(session -> RelSessionAccess.all(session, RelBook.class, joinedload(RelBook_.author))
                .map(books -> books.get(5).author.name))
                .as(StepVerifier::create).expectNext("author 2").verifyComplete();
        assertThat(TestDatabase.recorder().count("select")).isEqualTo(1);
        TestDatabase.recorder().reset();
        sessions.inSession(session -> RelSessionAccess.all(session, RelAuthor.class, joinedload(RelAuthor_.books)
                        .selectinload(RelBook_.tags))
                .map(authors -> authors.size() + ":" + authors.get(1).books.size() + ":"
                        + authors.get(1).books.get(1).tags.size()))
                .as(StepVerifier::create).expectNext("3:2:2").verifyComplete();
        assertThat(TestDatabase.recorder().count("select")).isEqualTo(2);
        assertThat(TestDatabase.recorder().statements().get(0).toLowerCase()).contains("left outer join");
    }

    @Test
    void queriesJoinWhatJoinedloadNamesAndStreamEachRootOnce() {
        save(RelFixtures.library(3, 2).toArray());
        sessions.inSession(session -> session.query(RelAuthor.class).options(joinedload(RelAuthor_.books)).all()
                        .map(author -> author.name + "=" + author.books.size()).collectList())
                .as(StepVerifier::create).expectNext(List.of("author 0=2", "author 1=2", "author 2=2")).verifyComplete();
        assertThat(TestDatabase.recorder().count("select")).isEqualTo(1);
        assertThat(TestDatabase.recorder().statements().get(0).toLowerCase()).contains("left outer join");
        TestDatabase.recorder().reset();
        sessions.inSession(session -> session.query(RelBook.class).options(joinedload(RelBook_.author))
                        .orderBy(RelBook_.title.desc()).limit(2).all()
                        .map(book -> book.title + "/" + book.author.name).collectList())
                .as(StepVerifier::create).expectNext(List.of("book 2.1/author 2", "book 2.0/author 2")).verifyComplete();
        assertThat(TestDatabase.recorder().count("select")).isEqualTo(1);
        TestDatabase.recorder().reset();
        // A LIMIT would cut a root's joined rows: the collection then loads by select-in.
        sessions.inSession(session -> session.query(RelAuthor.class).options(joinedload(RelAuthor_.books)).limit(2)
                        .all().map(author -> author.books.size()).collectList())
                .as(StepVerifier::create).expectNext(List.of(2, 2)).verifyComplete();
        assertThat(TestDatabase.recorder().count("select")).isEqualTo(2);
    }

    @Test
    void selfReferentialTreeLoadsBothWays() {
        RelEmployee boss = new RelEmployee("boss");
        RelEmployee ann = new RelEmployee("ann");
        RelEmployee bob = new RelEmployee("bob");
        RelEmployee cid = new RelEmployee("cid");
        ann.manager = boss;
        bob.manager = boss;
        cid.manager = ann;
        save(cid, bob, ann, boss);
        sessions.inSession(session -> RelSessionAccess.all(session, RelEmployee.class,
                        selectinload(RelEmployee_.reports).selectinload(RelEmployee_.reports))
                .map(all -> {
                    RelEmployee top = all.stream().filter(e -> e.name.equals("boss")).findFirst().orElseThrow();
                    List<String> names = new ArrayList<>();
                    top.reports.forEach(report -> names.add(report.name + report.reports.size()));
                    names.sort(String::compareTo);
                    RelEmployee c = all.stream().filter(e -> e.name.equals("cid")).findFirst().orElseThrow();
                    return names + c.manager.name + c.manager.manager.name;
                }))
                .as(StepVerifier::create).expectNext("[ann1, bob0]annboss").verifyComplete();
        assertThat(TestDatabase.recorder().count("select"))
                .as("the second level finds every employee's reports already loaded by the first")
                .isEqualTo(2);
    }

    @Test
    void compositeForeignKeysLoadBothWaysInChunks() {
        List<Object> objects = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            RelOrder order = new RelOrder(i % 2 == 0 ? "eu" : "us", i);
            order.lines.add(new RelOrderLine("item " + i));
            objects.add(order);
        }
        save(objects.toArray());
        sessions.inSession(session -> RelSessionAccess.all(session, RelOrder.class, selectinload(RelOrder_.lines))
                .map(orders -> orders.stream().filter(o -> o.number == 7).findFirst().orElseThrow().lines.get(0))
                .map(line -> line.item + "/" + line.order.region))
                .as(StepVerifier::create).expectNext("item 7/us").verifyComplete();
        assertThat(TestDatabase.recorder().count("select")).isEqualTo(1 + 2);
        TestDatabase.recorder().reset();
        sessions.inSession(session -> RelSessionAccess.all(session, RelOrderLine.class, selectinload(RelOrderLine_.order))
                .map(lines -> lines.stream().filter(l -> l.item.equals("item 8")).findFirst().orElseThrow().order)
                .map(order -> order.region + order.number))
                .as(StepVerifier::create).expectNext("eu8").verifyComplete();
        assertThat(TestDatabase.recorder().count("select")).isEqualTo(1 + 2);
    }

    @Test
    void aPathStepMustStartWhereThePreviousEnded() {
        assertThatThrownBy(() -> selectinload(RelAuthor_.books).selectinload(RelAuthor_.books))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("RelAuthor.books cannot follow RelAuthor.books: it starts at RelAuthor, not RelBook");
        assertThat(selectinload(RelAuthor_.books).joinedload(RelBook_.tags))
                .hasToString("selectinload(RelAuthor.books).joinedload(RelBook.tags)");
    }

    @Test
    void loadersRunOnceForEachWindowOfAStream() {
        save(RelFixtures.library(5, 2).toArray());
        List<io.retort.orm.LoaderOption> options = List.of(selectinload(RelAuthor_.books));
        sessions.inSession(session -> RelSessionAccess.all(session, RelAuthor.class).flatMap(authors -> {
            TestDatabase.recorder().reset();
            return Flux.fromIterable(authors)
                    .buffer(2)
                    .concatMap(window -> io.retort.orm.internal.loading.Loaders.load(RelSessionAccess.core(session),
                            RelAuthor.class, window, options).thenMany(Flux.fromIterable(window)))
                    .map(author -> author.books.size())
                    .reduce(0, Integer::sum);
        })).as(StepVerifier::create).expectNext(10).verifyComplete();
        assertThat(TestDatabase.recorder().count("select")).as("one statement per window of two").isEqualTo(3);
    }
}
