package io.retort.suite;

import static io.retort.orm.Orm.joinedload;
import static io.retort.orm.Orm.selectinload;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.retort.model.RelCarrier;
import io.retort.model.RelCarrier_;
import io.retort.model.RelOrder;
import io.retort.model.RelOrder_;
import io.retort.model.RelTag;
import io.retort.orm.Metadata;
import io.retort.orm.RelSessionAccess;
import io.retort.schema.ForeignKey;
import io.retort.sql.Sql;
import io.retort.testkit.DbTest;
import io.retort.testkit.TestDatabase;

import org.junit.jupiter.api.Test;

import reactor.test.StepVerifier;

/**
 * Many-to-many between classes with composite keys: {@code RelOrder (region, number)} and
 * {@code RelCarrier (country, code)} both ways, and {@code RelOrder.tags} to a class with a
 * one-column key. DDL, flush of changed links, select-in and joined loading, joins in queries.
 */
@DbTest
class CompositeManyToManyDbTest extends RelationshipSuite {

    private static final int ORDERS = 150;


    /**
     * {@value #ORDERS} orders, half in region "eu" and half in "us" with the same numbers reused
     * across regions; order i ships with carriers i%3 and (i+1)%3 and is tagged with tag i%2.
     */
    private void saveOrders() {
        List<RelCarrier> carriers = List.of(new RelCarrier("de", "dhl", "DHL"), new RelCarrier("us", "ups", "UPS"),
                new RelCarrier("de", "ups", "UPS Germany"));
        List<RelTag> tags = List.of(new RelTag("gift"), new RelTag("bulk"));
        List<RelOrder> orders = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            RelOrder order = new RelOrder(i % 2 == 0 ? "eu" : "us", i / 2);
            order.carriers.add(carriers.get(i % 3));
            order.carriers.add(carriers.get((i + 1) % 3));
            order.tags.add(tags.get(i % 2));
            orders.add(order);
        }
        sessions.inTransaction(session -> {
            session.addAll(orders);
            return session.flush();
        }).as(StepVerifier::create).verifyComplete();
    }

    private void assertCount(String sql, long expected) {
        engine.execute(Sql.text(sql)).map(row -> row.get(0, Long.class))
                .as(StepVerifier::create).expectNext(expected).verifyComplete();
    }

    @Test
    void theSecondaryTableHoldsEveryKeyColumnOfBothSidesWithACompositeForeignKeyToEach() {
        Metadata.reflect(engine).map(reflected -> reflected.tables().stream()
                        .filter(table -> table.name().equalsIgnoreCase("rel_order_carriers")).findFirst().orElseThrow())
                .as(StepVerifier::create)
                .assertNext(table -> {
                    assertThat(table.columns()).extracting(column -> column.name().toLowerCase())
                            .containsExactlyInAnyOrder("order_region", "order_number", "carrier_country", "carrier_code");
                    assertThat(table.primaryKey()).hasSize(4);
                    assertThat(table.foreignKeys()).extracting(ForeignKey::referredTable, key -> key.columns().size())
                            .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("rel_orders", 2),
                                    org.assertj.core.groups.Tuple.tuple("rel_carriers", 2));
                })
                .verifyComplete();
    }

    @Test
    void newObjectsWriteTheirLinksInMultiRowInserts() {
        TestDatabase.recorder().reset();
        saveOrders();
        assertThat(TestDatabase.recorder().statements())
                .filteredOn(sql -> sql.toLowerCase().startsWith("insert") && sql.contains("rel_order_carriers"))
                .as("300 links, 100 rows a statement").hasSize(3);
        assertCount("SELECT COUNT(*) FROM rel_order_carriers", 2L * ORDERS);
        assertCount("SELECT COUNT(*) FROM rel_order_tags", ORDERS);
        assertCount("SELECT COUNT(*) FROM rel_order_carriers WHERE order_region = 'us' AND order_number = 3"
                + " AND carrier_country = 'de' AND carrier_code = 'dhl'", 0);
        assertCount("SELECT COUNT(*) FROM rel_order_carriers WHERE order_region = 'us' AND order_number = 3"
                + " AND carrier_country = 'us' AND carrier_code = 'ups'", 1);
    }

    @Test
    void selectinLoadsEachPathInChunksOfCompositeKeysWhateverTheNumberOfParents() {
        saveOrders();
        TestDatabase.recorder().reset();
        sessions.inSession(session -> RelSessionAccess.all(session, RelOrder.class, selectinload(RelOrder_.carriers),
                        selectinload(RelOrder_.tags))
                .map(orders -> {
                    RelOrder seven = orders.stream().filter(o -> o.region.equals("us") && o.number == 3)
                            .findFirst().orElseThrow();
                    RelOrder eight = orders.stream().filter(o -> o.region.equals("eu") && o.number == 4)
                            .findFirst().orElseThrow();
                    assertThat(orders).allSatisfy(order -> assertThat(order.carriers).hasSize(2));
                    RelCarrier deUps = seven.carriers.stream().filter(c -> c.country.equals("de")).findFirst()
                            .orElseThrow();
                    assertThat(eight.carriers).as("one row, one object").anySatisfy(c -> assertThat(c).isSameAs(deUps));
                    return carriers(seven) + " " + carriers(eight) + " " + seven.tags.get(0).name + " "
                            + eight.tags.get(0).name;
                }))
                .as(StepVerifier::create).expectNext("de/ups,us/ups de/dhl,de/ups bulk gift").verifyComplete();
        assertThat(TestDatabase.recorder().count("select"))
                .as("orders, then each path in chunks of 100 composite keys").isEqualTo(1 + 2 + 2);
        TestDatabase.recorder().reset();
        sessions.inSession(session -> RelSessionAccess.all(session, RelCarrier.class, selectinload(RelCarrier_.orders))
                .map(carriers -> carriers.stream().map(c -> c.country + "/" + c.code + "=" + c.orders.size()).sorted().toList()))
                .as(StepVerifier::create).expectNext(List.of("de/dhl=100", "de/ups=100", "us/ups=100")).verifyComplete();
        assertThat(TestDatabase.recorder().count("select")).isEqualTo(1 + 1);
    }

    private static String carriers(RelOrder order) {
        return order.carriers.stream().map(c -> c.country + "/" + c.code).sorted()
                .reduce((a, b) -> a + "," + b).orElse("");
    }

    @Test
    void joinedloadAndSessionFetchJoinOnEveryKeyColumn() {
        saveOrders();
        TestDatabase.recorder().reset();
        sessions.inSession(session -> session.query(RelOrder.class).options(joinedload(RelOrder_.carriers)).all()
                        .filter(order -> order.region.equals("us") && order.number == 3)
                        .map(CompositeManyToManyDbTest::carriers).collectList())
                .as(StepVerifier::create).expectNext(List.of("de/ups,us/ups")).verifyComplete();
        assertThat(TestDatabase.recorder().count("select")).isEqualTo(1);
        TestDatabase.recorder().reset();
        sessions.inSession(session -> session.query(RelOrder.class).all().collectList()
                        .flatMap(orders -> session.fetch(orders, RelOrder_.carriers).thenReturn(orders))
                        .map(orders -> orders.stream().mapToInt(order -> order.carriers.size()).sum()))
                .as(StepVerifier::create).expectNext(2 * ORDERS).verifyComplete();
        assertThat(TestDatabase.recorder().count("select")).isEqualTo(1 + 2);
    }

    @Test
    void queriesJoinAlongTheRelationshipThroughTheSecondaryTable() {
        saveOrders();
        sessions.inSession(session -> session.query(RelOrder.class).join(RelOrder_.carriers)
                        .filter(RelCarrier_.country.eq("de"), RelCarrier_.code.eq("dhl")).count())
                .as(StepVerifier::create).expectNext(100L).verifyComplete();
        sessions.inSession(session -> session.query(RelCarrier.class).join(RelCarrier_.orders)
                        .filter(RelOrder_.region.eq("us"), RelOrder_.number.eq(3)).orderBy(RelCarrier_.country)
                        .all().map(c -> c.country + "/" + c.code).collectList())
                .as(StepVerifier::create).expectNext(List.of("de/ups", "us/ups")).verifyComplete();
    }

    @Test
    void flushWritesOnlyTheChangedLinksAndBackPopulatesKeepsBothSidesInStep() {
        saveOrders();
        sessions.inTransaction(session -> RelSessionAccess.all(session, RelOrder.class, selectinload(RelOrder_.carriers))
                .flatMap(orders -> RelSessionAccess.all(session, RelCarrier.class, selectinload(RelCarrier_.orders))
                        .flatMap(carriers -> {
                            RelOrder seven = orders.stream().filter(o -> o.region.equals("us") && o.number == 3)
                                    .findFirst().orElseThrow();
                            RelCarrier dhl = carriers.stream().filter(c -> c.code.equals("dhl")).findFirst().orElseThrow();
                            RelCarrier usUps = seven.carriers.stream().filter(c -> c.country.equals("us"))
                                    .findFirst().orElseThrow();
                            seven.carriers.remove(usUps);
                            seven.carriers.add(dhl);
                            assertThat(dhl.orders).as("backPopulates adds the other side").contains(seven);
                            assertThat(usUps.orders).as("backPopulates removes the other side").doesNotContain(seven);
                            TestDatabase.recorder().reset();
                            return session.flush();
                        })))
                .as(StepVerifier::create).verifyComplete();
        assertThat(TestDatabase.recorder().statements()).filteredOn(sql -> sql.contains("rel_order_carriers"))
                .extracting(sql -> sql.substring(0, 6).toLowerCase()).containsExactly("delete", "insert");
        assertThat(TestDatabase.recorder().count("update")).isZero();
        assertCount("SELECT COUNT(*) FROM rel_order_carriers", 2L * ORDERS);
        assertCount("SELECT COUNT(*) FROM rel_order_carriers WHERE order_region = 'us' AND order_number = 3"
                + " AND carrier_code = 'dhl'", 1);
        assertCount("SELECT COUNT(*) FROM rel_order_carriers WHERE order_region = 'us' AND order_number = 3"
                + " AND carrier_country = 'us'", 0);
    }

    @Test
    void deletingOrdersDeletesTheirLinksAndNothingElse() {
        saveOrders();
        sessions.inTransaction(session -> session.query(RelOrder.class).filter(RelOrder_.number.lt(60)).all()
                        .doOnNext(session::delete).then(session.flush()))
                .as(StepVerifier::create).verifyComplete();
        assertCount("SELECT COUNT(*) FROM rel_orders", ORDERS - 120);
        assertCount("SELECT COUNT(*) FROM rel_order_carriers", 2L * (ORDERS - 120));
        assertCount("SELECT COUNT(*) FROM rel_order_tags", ORDERS - 120);
        assertCount("SELECT COUNT(*) FROM rel_carriers", 3);
        assertCount("SELECT COUNT(*) FROM rel_tags", 2);
    }
}
