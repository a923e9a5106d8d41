package io.retort.suite;

import static io.retort.sql.Sql.insert;
import static io.retort.sql.Sql.select;
import static io.retort.sql.Sql.update;
import static io.retort.suite.SqlTables.GROUP;
import static io.retort.suite.SqlTables.ID;
import static io.retort.suite.SqlTables.NAME;
import static io.retort.suite.SqlTables.USERS;

import java.util.List;
import java.util.Locale;

import io.retort.Engine;
import io.retort.sql.internal.ColumnExpression;
import io.retort.sql.internal.ColumnRef;
import io.retort.sql.internal.TableRef;
import io.retort.sql.internal.ValueAdapter;
import io.retort.testkit.DbTest;
import io.retort.testkit.TestDatabase;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import reactor.test.StepVerifier;

/**
 * What the schema and ORM layers build on: a value adapter converting Java values for a column,
 * an attribute object that is an expression by wrapping its column, and a column re-bound to an
 * alias.
 */
@DbTest
class SqlAdapterDbTest {

    enum Tier { GOLD, SILVER }

    /** As an ORM attribute does it: delegate to a column reference. */
    record Attribute<T>(ColumnRef<T> columnRef) implements ColumnExpression<T> {
    }

    private static final ValueAdapter TIER_CODEC =
            ValueAdapter.of(String.class, value -> ((Tier) value).name().toLowerCase(Locale.ROOT));
    private static final Attribute<Tier> TIER = new Attribute<>(USERS.column("group", Tier.class).withAdapter(TIER_CODEC));
    private static final Attribute<String> USER_NAME = new Attribute<>(NAME);

    private final Engine engine = TestDatabase.engine();

    @BeforeEach
    void createTables() {
        SqlTables.create(engine)
                .then(engine.executeUpdate(insert(USERS).columns(ID, USER_NAME, TIER)
                        .values(1L, "ed", Tier.GOLD).values(2L, "wendy", Tier.SILVER).values(3L, "mary", null)))
                .as(StepVerifier::create).expectNext(3L).verifyComplete();
    }

    @AfterEach
    void dropTables() {
        SqlTables.drop(engine).as(StepVerifier::create).verifyComplete();
    }

    @Test
    void adaptedValuesAreStoredAndMatchedThroughTheCodec() {
        engine.execute(select(GROUP).orderBy(ID))
                .map(row -> String.valueOf(row.get(0)))
                .as(StepVerifier::create).expectNext("gold", "silver", "null").verifyComplete();
        engine.execute(select(USER_NAME).where(TIER.eq(Tier.SILVER)))
                .map(row -> row.get(0))
                .as(StepVerifier::create).expectNext("wendy").verifyComplete();
        engine.execute(select(USER_NAME).where(TIER.in(List.of(Tier.GOLD, Tier.SILVER))).orderBy(USER_NAME.desc()))
                .map(row -> row.get(0))
                .as(StepVerifier::create).expectNext("wendy", "ed").verifyComplete();
    }

    @Test
    void aTypedNullIsBoundForAnAdaptedColumn() {
        engine.executeUpdate(update(USERS).set(TIER, (Tier) null).where(USER_NAME.eq("ed")))
                .thenMany(engine.execute(select(USER_NAME).where(TIER.isNull()).orderBy(USER_NAME)))
                .map(row -> row.get(0))
                .as(StepVerifier::create).expectNext("ed", "mary").verifyComplete();
    }

    @Test
    void anAttributeReboundToAnAliasJoinsTheTableToItself() {
        TableRef other = USERS.aliased();
        Attribute<String> otherName = new Attribute<>(NAME.on(other));
        engine.execute(select(USER_NAME, otherName.label("other"))
                        .join(other, TIER.columnRef().on(other).isNull())
                        .where(USER_NAME.ne(otherName)).orderBy(USER_NAME))
                .map(row -> row.get(0) + "/" + row.get("other"))
                .as(StepVerifier::create).expectNext("ed/mary", "wendy/mary").verifyComplete();
    }
}
