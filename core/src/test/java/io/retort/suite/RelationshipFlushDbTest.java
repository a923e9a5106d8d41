package io.retort.suite;

import static io.retort.orm.Orm.selectinload;
import static org.assertj.core.api.Assertions.assertThat;

import io.retort.model.RelAuthor;
import io.retort.model.RelAuthor_;
import io.retort.model.RelBook;
import io.retort.model.RelBook_;
import io.retort.model.RelCity;
import io.retort.model.RelCity_;
import io.retort.model.RelEmployee;
import io.retort.model.RelEmployee_;
import io.retort.model.RelState;
import io.retort.model.RelTag;
import io.retort.model.RelTag_;
import io.retort.orm.ObjectState;
import io.retort.orm.RelSessionAccess;
import io.retort.testkit.DbTest;
import io.retort.testkit.TestDatabase;

import org.junit.jupiter.api.Test;

import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** Relationship flush: links, foreign keys, back-populates, cascades, orphans, refused deletes, identity. */
@DbTest
class RelationshipFlushDbTest extends RelationshipSuite {


    private void save(Object... objects) {
        sessions.inTransaction(session -> {
            for (Object object : objects) {
                session.add(object);
            }
            return session.flush();
        }).as(StepVerifier::create).verifyComplete();
        TestDatabase.recorder().reset();
    }

    private void assertRows(String table, long expected) {
        engine.execute(io.retort.sql.Sql.text("SELECT COUNT(*) FROM " + table))
                .map(row -> row.get(0, Long.class))
                .as(StepVerifier::create).expectNext(expected).verifyComplete();
    }

    @Test
    void newGraphInsertsParentsChildrenAndLinksInBatches() {
        TestDatabase.recorder().reset();
        sessions.inTransaction(session -> {
            session.addAll(RelFixtures.library(3, 4));
            return session.flush();
        }).as(StepVerifier::create).verifyComplete();
        assertThat(TestDatabase.recorder().statements())
                .filteredOn(sql -> sql.toLowerCase().startsWith("insert") && sql.contains("rel_book_tag"))
                .as("24 links in one multi-row INSERT").hasSize(1);
        assertRows("rel_authors", 3);
        assertRows("rel_books", 12);
        assertRows("rel_book_tag", 24);
    }

    @Test
    void manyToManyFlushWritesOnlyChangedLinks() {
        save(RelFixtures.library(1, 3).toArray());
        sessions.inTransaction(session -> RelSessionAccess.all(session, RelBook.class, selectinload(RelBook_.tags))
                .flatMap(books -> RelSessionAccess.all(session, RelTag.class).flatMap(tags -> {
                    RelBook book = books.get(0);
                    RelTag removed = book.tags.get(0);
                    RelTag kept = book.tags.get(1);
                    RelTag added = tags.stream().filter(t -> t != removed && t != kept).findFirst().orElseThrow();
                    book.tags.remove(removed);
                    book.tags.add(added);
                    books.get(1).tags.add(removed.equals(books.get(1).tags.get(0)) ? added : removed);
                    TestDatabase.recorder().reset();
                    return session.flush();
                }))).as(StepVerifier::create).verifyComplete();
        assertThat(TestDatabase.recorder().count("insert")).isEqualTo(1);
        assertThat(TestDatabase.recorder().count("delete")).isEqualTo(1);
        assertThat(TestDatabase.recorder().count("update")).isZero();
        assertRows("rel_book_tag", 7);
    }

    @Test
    void backPopulatesKeepsBothSidesInStepInMemory() {
        save(RelFixtures.library(1, 2).toArray());
        sessions.inSession(session -> RelSessionAccess.all(session, RelBook.class, selectinload(RelBook_.tags))
                .flatMap(books -> RelSessionAccess.all(session, RelTag.class, selectinload(RelTag_.books))
                        .map(tags -> {
                            RelTag tag = tags.stream().filter(t -> !t.books.contains(books.get(0))).findFirst()
                                    .orElseThrow();
                            books.get(0).tags.add(tag);
                            boolean added = tag.books.contains(books.get(0));
                            books.get(0).tags.remove(tag);
                            return added + "/" + tag.books.contains(books.get(0));
                        })))
                .as(StepVerifier::create).expectNext("true/false").verifyComplete();
        sessions.inSession(session -> RelSessionAccess.all(session, RelAuthor.class, selectinload(RelAuthor_.books))
                .map(authors -> {
                    RelBook book = new RelBook("new");
                    authors.get(0).books.add(book);
                    return book.author == authors.get(0);
                }))
                .as(StepVerifier::create).expectNext(true).verifyComplete();
    }

    @Test
    void movingAChildAndChangingAReferenceWriteTheForeignKey() {
        save(RelFixtures.library(2, 1).toArray());
        sessions.inTransaction(session -> RelSessionAccess.all(session, RelAuthor.class, selectinload(RelAuthor_.books))
                .flatMap(authors -> {
                    RelBook book = authors.get(0).books.get(0);
                    authors.get(0).books.remove(book);
                    authors.get(1).books.add(book);
                    TestDatabase.recorder().reset();
                    return session.flush();
                })).as(StepVerifier::create).verifyComplete();
        assertThat(TestDatabase.recorder().count("update")).isEqualTo(1);
        assertThat(TestDatabase.recorder().count("delete")).isZero();
        sessions.inSession(session -> RelSessionAccess.all(session, RelAuthor.class, selectinload(RelAuthor_.books))
                .map(authors -> authors.get(0).books.size() + "/" + authors.get(1).books.size()))
                .as(StepVerifier::create).expectNext("0/2").verifyComplete();
    }

    @Test
    void anUnloadedReferenceIsNeverWrittenAsNull() {
        save(RelFixtures.library(1, 2).toArray());
        sessions.inTransaction(session -> RelSessionAccess.all(session, RelBook.class).flatMap(books -> {
            books.get(0).title = "renamed";
            TestDatabase.recorder().reset();
            return session.flush();
        })).as(StepVerifier::create).verifyComplete();
        assertThat(TestDatabase.recorder().statements()).singleElement()
                .satisfies(sql -> assertThat(sql).doesNotContain("author_id"));
        assertRows("rel_books WHERE author_id IS NULL", 0);
    }

    @Test
    void aReferenceAndItsPlainKeyFieldAgreeAfterFlush() {
        RelState texas = new RelState("texas");
        RelState ohio = new RelState("ohio");
        RelCity austin = new RelCity("austin");
        austin.state = texas;
        save(texas, ohio, austin);
        assertThat(austin.stateId).isEqualTo(texas.id);
        sessions.inTransaction(session -> RelSessionAccess.all(session, RelCity.class, selectinload(RelCity_.state))
                .flatMap(cities -> RelSessionAccess.all(session, RelState.class).flatMap(states -> {
                    RelCity city = cities.get(0);
                    city.state = states.stream().filter(s -> s.name.equals("ohio")).findFirst().orElseThrow();
                    return session.flush().then(Mono.fromCallable(() -> city.stateId + "/" + city.state.id + "/" + city.state.name));
                }))).as(StepVerifier::create).expectNext(ohio.id + "/" + ohio.id + "/ohio").verifyComplete();
    }

    @Test
    void selfReferentialPairsAddedTogetherGetTheirKeys() {
        RelEmployee boss = new RelEmployee("boss");
        RelEmployee ann = new RelEmployee("ann");
        ann.manager = boss;
        save(ann);
        sessions.inSession(session -> RelSessionAccess.all(session, RelEmployee.class,
                        selectinload(RelEmployee_.manager))
                .map(all -> all.stream().filter(e -> e.name.equals("ann")).findFirst().orElseThrow().manager.name))
                .as(StepVerifier::create).expectNext("boss").verifyComplete();
    }

    @Test
    void cascadeDeleteAndDeleteOrphanRemoveChildrenAndLinks() {
        save(RelFixtures.library(2, 3).toArray());
        sessions.inTransaction(session -> RelSessionAccess.all(session, RelAuthor.class, selectinload(RelAuthor_.books))
                .flatMap(authors -> {
                    authors.get(0).books.remove(0);
                    session.delete(authors.get(1));
                    return session.flush().then(Mono.fromCallable(() -> session.deleted().size()));
                })).as(StepVerifier::create).expectNext(5).verifyComplete();
        assertRows("rel_authors", 1);
        assertRows("rel_books", 2);
        assertRows("rel_book_tag", 4);
        sessions.inTransaction(session -> RelSessionAccess.all(session, RelAuthor.class).flatMap(authors -> {
            session.delete(authors.get(0));
            return session.flush();
        })).as(StepVerifier::create).verifyComplete();
        assertRows("rel_books", 0);
        assertRows("rel_book_tag", 0);
    }

    @Test
    void deletingAParentOthersReferToFailsAndLosesNothing() {
        RelEmployee boss = new RelEmployee("boss");
        RelEmployee ann = new RelEmployee("ann");
        ann.manager = boss;
        save(boss, ann);
        sessions.inTransaction(session -> session.get(RelEmployee.class, boss.id).flatMap(loaded -> {
            session.delete(loaded);
            return session.flush().then(Mono.fromCallable(() -> session.state(loaded)));
        })).as(StepVerifier::create).verifyErrorSatisfies(error -> assertThat(error)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot delete RelEmployee with key " + boss.id + ": RelEmployee with key " + ann.id
                        + " still refers to it through RelEmployee.manager; delete those RelEmployee objects first,"
                        + " point them at another RelEmployee, or add Cascade.DELETE to RelEmployee.reports;"
                        + " nothing was deleted"));
        assertRows("rel_employees", 2);
    }

    @Test
    void objectsReachedThroughRelationshipsJoinTheIdentityMap() {
        save(RelFixtures.library(1, 2).toArray());
        sessions.inSession(session -> RelSessionAccess.all(session, RelAuthor.class,
                        selectinload(RelAuthor_.books).selectinload(RelBook_.tags))
                .flatMap(authors -> {
                    RelBook book = authors.get(0).books.get(0);
                    assertThat(session.state(book)).isEqualTo(ObjectState.PERSISTENT);
                    assertThat(session.state(book.tags.get(0))).isEqualTo(ObjectState.PERSISTENT);
                    TestDatabase.recorder().reset();
                    return session.get(RelBook.class, book.id).map(again -> again == book);
                }))
                .as(StepVerifier::create).expectNext(true).verifyComplete();
        assertThat(TestDatabase.recorder().count()).isZero();
    }
}
