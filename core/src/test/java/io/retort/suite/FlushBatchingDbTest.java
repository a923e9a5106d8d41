package io.retort.suite;

import static io.retort.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.retort.DatabaseException;
import io.retort.Engine;
import io.retort.model.UowChild;
import io.retort.model.UowCounter;
import io.retort.model.UowLine;
import io.retort.model.UowNode;
import io.retort.model.UowParent;
import io.retort.model.UowWide;
import io.retort.orm.Metadata;
import io.retort.orm.ObjectState;
import io.retort.orm.Session;
import io.retort.orm.SessionFactory;
import io.retort.orm.StaleObjectException;
import io.retort.testkit.DbTest;
import io.retort.testkit.TestDatabase;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** The batched unit of work: how many statements a flush sends, in which order, and what a failure leaves. */
@DbTest
class FlushBatchingDbTest {

    private final Engine engine = TestDatabase.engine();
    private final Metadata metadata = Metadata.of(UowParent.class, UowChild.class, UowNode.class, UowCounter.class,
            UowLine.class, UowWide.class);
    private final SessionFactory sessions = SessionFactory.of(engine, metadata);

    @BeforeEach
    void create() {
        metadata.dropAll(engine).then(metadata.createAll(engine)).as(StepVerifier::create).verifyComplete();
        TestDatabase.recorder().reset();
    }

    @AfterEach
    void drop() {
        metadata.dropAll(engine).as(StepVerifier::create).verifyComplete();
    }

    private static long statements(String fragment) {
        return TestDatabase.recorder().statements().stream()
                .filter(sql -> sql.toLowerCase(Locale.ROOT).contains(fragment)).count();
    }

    private static List<UowParent> parents(int count) {
        List<UowParent> parents = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            parents.add(new UowParent("p" + i, i));
        }
        return parents;
    }

    private Mono<Long> count(String table) {
        return engine.execute(text("select count(*) as n from " + table)).next().map(row -> row.get(0, Long.class));
    }

    private Mono<Void> save(List<?> objects) {
        return sessions.inTransaction(session -> {
            session.addAll(objects);
            return session.flush();
        });
    }

    @Test
    void insertsManyNewObjectsInFewStatementsAndReadsTheirKeysBack() {
        List<UowParent> parents = parents(2_500);
        save(parents).as(StepVerifier::create).verifyComplete();
        int perStatement = TestDatabase.isPostgres() ? 2_500 : engine.dialect().syntax().preferredRowsPerStatement();
        assertThat(statements("insert into")).isEqualTo((2_500 + perStatement - 1) / perStatement);
        assertThat(parents).extracting(p -> p.id).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(parents).extracting(p -> p.version).containsOnly(1);
        engine.execute(text("select id, name from uow_parents"))
                .map(row -> row.get("name", String.class).equals("p" + indexOf(parents, row.get("id", Long.class))))
                .all(Boolean::booleanValue)
                .as(StepVerifier::create).expectNext(true).verifyComplete();
    }

    private static int indexOf(List<UowParent> parents, Long id) {
        for (int i = 0; i < parents.size(); i++) {
            if (parents.get(i).id.equals(id)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void insertsParentsBeforeChildrenReachedThroughCascade() {
        UowParent ann = new UowParent("ann", 1);
        UowParent bob = new UowParent("bob", 2);
        List<UowChild> children = List.of(new UowChild("a1", ann), new UowChild("b1", bob), new UowChild("a2", ann));
        sessions.inTransaction(session -> {
            session.addAll(children);
            assertThat(session.newObjects()).hasSize(5).contains(ann, bob);
            return session.flush();
        }).as(StepVerifier::create).verifyComplete();
        List<String> inserts = TestDatabase.recorder().statements().stream()
                .filter(sql -> sql.toLowerCase(Locale.ROOT).contains("insert into")).toList();
        assertThat(inserts).hasSize(2);
        assertThat(inserts.get(0)).contains("uow_parents");
        assertThat(inserts.get(1)).contains("uow_children");
        engine.execute(text("select c.label, p.name from uow_children c join uow_parents p on p.id = c.parent_id"
                        + " order by c.label"))
                .map(row -> row.get(0, String.class) + ":" + row.get(1, String.class))
                .as(StepVerifier::create).expectNext("a1:ann", "a2:ann", "b1:bob").verifyComplete();
    }

    @Test
    void updatesChangedColumnsOnlyInOneStatementPerColumnSet() {
        save(parents(100)).as(StepVerifier::create).verifyComplete();
        TestDatabase.recorder().reset();
        sessions.inTransaction(session -> Flux.range(1, 100)
                .concatMap(i -> session.get(UowParent.class, (long) i))
                .collectList()
                .flatMap(loaded -> {
                    for (UowParent parent : loaded) {
                        if (parent.score % 2 == 0) {
                            parent.score = parent.score + 1000;
                        } else {
                            parent.name = parent.name + "x";
                        }
                    }
                    assertThat(session.dirty()).hasSize(100);
                    return session.flush().then(Mono.fromCallable(() -> {
                        assertThat(session.dirty()).isEmpty();
                        assertThat(loaded).extracting(p -> p.version).containsOnly(2);
                        return loaded.size();
                    }));
                })).as(StepVerifier::create).expectNext(100).verifyComplete();
        List<String> writes = TestDatabase.recorder().statements().stream()
                .filter(sql -> !sql.toLowerCase(Locale.ROOT).startsWith("select")).toList();
        assertThat(writes).hasSize(2);
        assertThat(writes).anySatisfy(sql -> assertThat(sql).contains("score").doesNotContain("\"name\"", "`name`"));
        engine.execute(text("select count(*) as n from uow_parents where version = 2 and (score >= 1000 or name like"
                        + " '%x')"))
                .map(row -> row.get(0, Long.class))
                .as(StepVerifier::create).expectNext(100L).verifyComplete();
    }

    @Test
    void objectsWithMoreColumnsThanABitMaskHoldAreGroupedByTheColumnsTheyChanged() {
        List<UowWide> rows = List.of(UowWide.filledWith(1), UowWide.filledWith(2), UowWide.filledWith(3),
                UowWide.filledWith(4));
        save(rows).as(StepVerifier::create).verifyComplete();
        TestDatabase.recorder().reset();
        sessions.inTransaction(session -> session.query(UowWide.class).orderBy(io.retort.model.UowWide_.id.asc()).all()
                .collectList()
                .flatMap(loaded -> {
                    loaded.get(0).c66 = 100;
                    loaded.get(1).c66 = 200;
                    loaded.get(2).c3 = 300;
                    loaded.get(3).c3 = 400;
                    return session.flush();
                })).as(StepVerifier::create).verifyComplete();
        List<String> writes = TestDatabase.recorder().statements().stream()
                .filter(sql -> !sql.toLowerCase(Locale.ROOT).startsWith("select")).toList();
        assertThat(writes).hasSize(2);
        assertThat(writes).anySatisfy(sql -> assertThat(sql).contains("c66").doesNotContain("c3 ", "c3\"", "c3`"));
        engine.execute(text("select c66, c3, c65 from uow_wide order by id"))
                .map(row -> List.of(row.get(0, Integer.class), row.get(1, Integer.class), row.get(2, Integer.class)))
                .collectList()
                .as(StepVerifier::create)
                .expectNext(List.of(List.of(100, 1, 1), List.of(200, 2, 2), List.of(3, 300, 3), List.of(4, 400, 4)))
                .verifyComplete();
    }

    @Test
    void anUnchangedObjectCostsNoStatement() {
        save(parents(3)).as(StepVerifier::create).verifyComplete();
        TestDatabase.recorder().reset();
        sessions.inTransaction(session -> session.get(UowParent.class, 1L)
                        .doOnNext(parent -> parent.score = parent.score)
                        .then(session.flush()))
                .as(StepVerifier::create).verifyComplete();
        assertThat(TestDatabase.recorder().statements()).hasSize(1).allSatisfy(sql -> assertThat(sql).startsWithIgnoringCase("select"));
    }

    @Test
    void deletesChildrenBeforeParentsWithOneStatementPerClass() {
        UowParent ann = new UowParent("ann", 1);
        List<UowChild> children = List.of(new UowChild("a1", ann), new UowChild("a2", ann));
        Session session = sessions.open();
        session.addAll(children);
        session.commit()
                .then(Mono.fromRunnable(() -> {
                    session.delete(ann);
                    children.forEach(session::delete);
                    TestDatabase.recorder().reset();
                }))
                .then(session.commit())
                .then(session.close())
                .as(StepVerifier::create).verifyComplete();
        List<String> deletes = TestDatabase.recorder().statements();
        assertThat(deletes).hasSize(2);
        assertThat(deletes.get(0)).containsIgnoringCase("delete from").contains("uow_children");
        assertThat(deletes.get(1)).containsIgnoringCase("delete from").contains("uow_parents");
        assertThat(session.state(ann)).isEqualTo(ObjectState.DETACHED);
        count("uow_children").zipWith(count("uow_parents"), Long::sum)
                .as(StepVerifier::create).expectNext(0L).verifyComplete();
    }

    @Test
    void selfReferencesInsertInWavesAndACycleIsClosedByAPostUpdate() {
        UowNode root = new UowNode("root", null);
        UowNode child = new UowNode("child", root);
        UowNode grandchild = new UowNode("grandchild", child);
        UowNode left = new UowNode("left", null);
        UowNode right = new UowNode("right", null);
        left.partner = right;
        right.partner = left;
        sessions.inTransaction(session -> {
            session.addAll(List.of(grandchild, child, root, left, right));
            return session.flush();
        }).as(StepVerifier::create).verifyComplete();
        assertThat(grandchild.parentId).isEqualTo(child.id);
        assertThat(child.parentId).isEqualTo(root.id);
        assertThat(left.partnerId).isEqualTo(right.id);
        assertThat(right.partnerId).isEqualTo(left.id);
        engine.execute(text("select n.label, p.label as partner from uow_nodes n join uow_nodes p on p.id = n.partner_id"
                        + " order by n.label"))
                .map(row -> row.get(0, String.class) + ">" + row.get(1, String.class))
                .as(StepVerifier::create).expectNext("left>right", "right>left").verifyComplete();
        engine.execute(text("select n.label from uow_nodes n join uow_nodes p on p.id = n.parent_id order by n.label"))
                .map(row -> row.get(0, String.class))
                .as(StepVerifier::create).expectNext("child", "grandchild").verifyComplete();
    }

    @Test
    void rowsThatReferToEachOtherAreUnlinkedBeforeTheyAreDeletedTogether() {
        UowNode left = new UowNode("left", null);
        UowNode right = new UowNode("right", null);
        UowNode child = new UowNode("child", left);
        left.partner = right;
        right.partner = left;
        sessions.inTransaction(session -> {
            session.addAll(List.of(left, right, child));
            return session.flush();
        }).as(StepVerifier::create).verifyComplete();
        TestDatabase.recorder().reset();
        sessions.inTransaction(session -> Flux.just(left.id, right.id, child.id)
                .concatMap(id -> session.get(UowNode.class, id))
                .doOnNext(session::delete)
                .then(session.flush()))
                .as(StepVerifier::create).verifyComplete();
        List<String> writes = TestDatabase.recorder().statements().stream()
                .filter(sql -> !sql.toLowerCase(java.util.Locale.ROOT).startsWith("select")).toList();
        assertThat(writes).as(writes.toString()).hasSize(3);
        assertThat(writes.subList(0, 2)).allSatisfy(sql -> assertThat(sql).containsIgnoringCase("update"))
                .anySatisfy(sql -> assertThat(sql).containsPattern("partner_id.? = "))
                .anySatisfy(sql -> assertThat(sql).containsPattern("parent_id.? = "));
        assertThat(writes.get(2)).containsIgnoringCase("delete from");
        count("uow_nodes").as(StepVerifier::create).expectNext(0L).verifyComplete();
    }

    /** Another session changes parent {@code id} and commits, bumping its version. */
    private Mono<Void> bumpElsewhere(Long id) {
        return sessions.inTransaction(other -> other.get(UowParent.class, id).doOnNext(parent -> parent.score = -1)).then();
    }

    @Test
    void aStaleVersionInABatchNamesTheStaleObjectAndWritesNothing() {
        save(parents(3)).as(StepVerifier::create).verifyComplete();
        Session session = sessions.open();
        Flux.range(1, 3).concatMap(i -> session.get(UowParent.class, (long) i)).collectList()
                .flatMap(loaded -> bumpElsewhere(2L)
                        .then(Mono.fromRunnable(() -> loaded.forEach(parent -> parent.score = 77)))
                        .then(session.flush())
                        .thenReturn(loaded))
                .as(StepVerifier::create)
                .verifyErrorSatisfies(error -> {
                    assertThat(error).isInstanceOf(StaleObjectException.class).hasMessage("UowParent with key 2 was"
                            + " changed or deleted by another transaction since it was loaded (its @Version did not"
                            + " match); nothing was written: refresh the object and apply the change again");
                    assertThat(((StaleObjectException) error).objects()).singleElement()
                            .satisfies(stale -> assertThat(((UowParent) stale).id).isEqualTo(2L));
                });
        assertThat(session.dirty()).hasSize(3);
        assertThat(session.identityMap().values()).extracting(p -> ((UowParent) p).version).containsOnly(1);
        engine.execute(text("select count(*) as n from uow_parents where score = 77"))
                .map(row -> row.get(0, Long.class)).as(StepVerifier::create).expectNext(0L).verifyComplete();
        session.close().as(StepVerifier::create).verifyComplete();
    }

    @Test
    void aStaleDeleteFailsTheFlush() {
        save(parents(2)).as(StepVerifier::create).verifyComplete();
        Session session = sessions.open();
        session.get(UowParent.class, 1L)
                .flatMap(parent -> bumpElsewhere(1L)
                        .then(Mono.fromRunnable(() -> session.delete(parent)))
                        .then(session.flush()))
                .as(StepVerifier::create)
                .verifyErrorMessage("UowParent with key 1 was changed or deleted by another transaction since it was"
                        + " loaded (its @Version did not match); nothing was written: refresh the object and apply the"
                        + " change again");
        assertThat(session.deleted()).hasSize(1);
        session.close().then(count("uow_parents")).as(StepVerifier::create).expectNext(2L).verifyComplete();
    }

    @Test
    void compositeKeysUpdateAndDeleteInBatchesWithVersions() {
        List<UowLine> lines = List.of(new UowLine(1L, 1, 5), new UowLine(1L, 2, 6), new UowLine(2L, 1, 7));
        save(lines).as(StepVerifier::create).verifyComplete();
        TestDatabase.recorder().reset();
        sessions.inTransaction(session -> Flux.just(List.of(1L, 1), List.of(1L, 2), List.of(2L, 1))
                .concatMap(key -> session.get(UowLine.class, key))
                .collectList()
                .flatMap(loaded -> {
                    loaded.get(0).quantity = 50;
                    loaded.get(1).quantity = 60;
                    session.delete(loaded.get(2));
                    return session.flush();
                })).as(StepVerifier::create).verifyComplete();
        assertThat(TestDatabase.recorder().count("select")).isEqualTo(3);
        assertThat(TestDatabase.recorder().count()).isEqualTo(5);
        engine.execute(text("select quantity, version from uow_lines order by line_no"))
                .map(row -> row.get(0, Integer.class) + "/" + row.get(1, Long.class))
                .as(StepVerifier::create).expectNext("50/2", "60/2").verifyComplete();
    }

    @Test
    void aConstraintViolationRollsBackPutsObjectsBackAndLeavesTheSessionUsable() {
        save(List.of(new UowParent("taken", 1))).as(StepVerifier::create).verifyComplete();
        UowParent fine = new UowParent("fine", 2);
        UowParent clash = new UowParent("taken", 3);
        Session session = sessions.open();
        session.addAll(List.of(fine, clash));
        session.flush().as(StepVerifier::create)
                .verifyErrorSatisfies(error -> assertThat(error).isInstanceOf(DatabaseException.class)
                        .extracting(e -> ((DatabaseException) e).kind())
                        .isEqualTo(DatabaseException.Kind.CONSTRAINT_VIOLATION));
        assertThat(session.state(fine)).isEqualTo(ObjectState.PENDING);
        assertThat(session.state(clash)).isEqualTo(ObjectState.PENDING);
        assertThat(fine.id).isNull();
        assertThat(fine.version).isNull();
        clash.name = "free";
        session.commit().then(session.close()).then(count("uow_parents"))
                .as(StepVerifier::create).expectNext(3L).verifyComplete();
        assertThat(session.state(fine)).isEqualTo(ObjectState.DETACHED);
    }
}
