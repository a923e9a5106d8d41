package io.retort.testkit;

import static io.retort.sql.Sql.bulkUpdate;
import static io.retort.sql.Sql.exists;
import static io.retort.sql.Sql.func;
import static io.retort.sql.Sql.insert;
import static io.retort.sql.Sql.select;
import static io.retort.sql.Sql.upsert;

import java.util.List;

import io.retort.sql.BulkUpdate;
import io.retort.sql.Executable;
import io.retort.sql.Expr;
import io.retort.sql.Insert;
import io.retort.sql.Select;
import io.retort.sql.Upsert;
import io.retort.sql.internal.ColumnRef;
import io.retort.sql.internal.SqlCompiler;
import io.retort.sql.internal.SqlSyntax;
import io.retort.sql.internal.TableRef;

/**
 * Statements whose SQL each dialect module's compiler test pins down, so that every dialect is
 * checked on the same trees without a database.
 */
public final class SqlFixtures {

    public static final TableRef USERS = TableRef.of("users");
    public static final ColumnRef<Long> ID = USERS.column("id", Long.class);
    public static final ColumnRef<String> NAME = USERS.column("name", String.class);
    public static final ColumnRef<Integer> AGE = USERS.column("age", Integer.class);
    public static final TableRef ORDERS = TableRef.of("orders");
    public static final ColumnRef<Long> ORDER_USER = ORDERS.column("user_id", Long.class);

    private SqlFixtures() {
    }

    /** The SQL of {@code statement}'s only statement. */
    public static String sql(Executable statement, SqlSyntax syntax) {
        return SqlCompiler.compileOne(statement, syntax).sql();
    }

    /** The SQL of {@code expr} alone. */
    public static String sql(Expr<?> expr, SqlSyntax syntax) {
        return SqlCompiler.compileExpression(expr, syntax).sql();
    }

    public static Select pagedSelect() {
        return select(NAME).where(AGE.gt(18)).orderBy(NAME).limit(10).offset(20);
    }

    public static Select offsetOnly() {
        return select(NAME).offset(5);
    }

    public static Select nullsFirst() {
        return select(NAME).orderBy(AGE.desc().nullsFirst());
    }

    public static Select inList() {
        return select(ID).where(ID.in(List.of(1L, 2L, 3L)));
    }

    public static Select correlatedExists() {
        return select(NAME).where(exists(select(ORDER_USER).where(ORDER_USER.eq(ID))));
    }

    public static Expr<Boolean> ilike() {
        return NAME.ilike("ed%");
    }

    public static Insert insertReturning() {
        return insert(USERS).columns(NAME, AGE).values("ed", 30).values("wendy", 17).returning(ID);
    }

    public static Upsert upsertTwoRows() {
        return upsert(USERS).columns(ID, NAME).onConflict(ID).values(1L, "ed").values(2L, "wendy");
    }

    public static BulkUpdate bulkUpdateTwoRows() {
        return bulkUpdate(USERS).keys(ID).columns(AGE).row(1L, 31).row(2L, 18);
    }

    public static Select countPerName() {
        return select(NAME, func.count().label("n")).groupBy(NAME).having(func.count().gt(1L));
    }
}
