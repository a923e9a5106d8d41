package io.retort.sql;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;

import io.retort.internal.Checks;
import io.retort.sql.internal.expr.BindValue;
import io.retort.sql.internal.expr.Exists;
import io.retort.sql.internal.expr.Junction;
import io.retort.sql.internal.expr.Not;

import org.jspecify.annotations.Nullable;

/**
 * The entry points of Retort's SQL level, meant for {@code import static io.retort.sql.Sql.*}:
 * raw text, conditions, functions and the Core statements.
 *
 * <pre>{@code
 * engine.execute(text("select * from users where name = :name").bind("name", "ed"));
 * engine.execute(select(name, age).where(or(name.eq("ed"), age.gt(60))).orderBy(name));
 * engine.executeUpdate(update(users).set(age, 31).where(name.eq("ed")));
 * }</pre>
 */
public final class Sql {

    /** SQL functions: {@code func.count()}, {@code func.max(age)}, {@code func.call("length", name)}. */
    public static final Functions func = new Functions();

    private Sql() {
    }

    /** A SQL text with {@code :name} parameters, bound later with {@link TextClause#bind}. */
    public static TextClause text(String sql) {
        return new TextClause(Checks.notBlank(sql, "sql"), new LinkedHashMap<>());
    }

    /** All of {@code conditions} ({@code AND}); true when there are none. */
    @SafeVarargs
    public static Expr<Boolean> and(Expr<Boolean>... conditions) {
        return new Junction(true, terms(conditions));
    }

    /** Any of {@code conditions} ({@code OR}); false when there are none. */
    @SafeVarargs
    public static Expr<Boolean> or(Expr<Boolean>... conditions) {
        return new Junction(false, terms(conditions));
    }

    /** {@code NOT condition}. */
    public static Expr<Boolean> not(Expr<Boolean> condition) {
        return new Not(Checks.notNull(condition, "condition"));
    }

    /** {@code EXISTS (subquery)}; tables of the enclosing query are correlated, not repeated. */
    public static Expr<Boolean> exists(Select subquery) {
        return new Exists(Checks.notNull(subquery, "subquery"));
    }

    /** A value as an expression, sent as a bind parameter ({@code literal(5).plus(age)}). */
    public static <T> Expr<T> literal(T value) {
        return BindValue.of(Checks.notNull(value, "value"));
    }

    /** A bind parameter with {@code value}; the same as {@link #literal}, named as in SQLAlchemy. */
    public static <T> Expr<T> bindparam(@Nullable T value) {
        return BindValue.of(value);
    }

    /** {@code SELECT columns}; the FROM clause follows from the columns unless {@link Select#from} names it. */
    public static Select select(Expr<?>... columns) {
        return Select.of(Arrays.asList(Checks.notNull(columns, "columns")));
    }

    /** {@code INSERT INTO table}; add {@code columns(..)} and {@code values(..)}. */
    public static Insert insert(FromItem table) {
        return new Insert(Checks.notNull(table, "table"), List.of(), List.of(), List.of());
    }

    /** {@code UPDATE table}; add {@code set(..)} and {@code where(..)}. */
    public static Update update(FromItem table) {
        return new Update(Checks.notNull(table, "table"), List.of(), List.of());
    }

    /** {@code DELETE FROM table}; add {@code where(..)}. */
    public static Delete delete(FromItem table) {
        return new Delete(Checks.notNull(table, "table"), List.of());
    }

    /** Insert-or-update on {@code table}; add {@code columns(..)}, {@code onConflict(..)} and {@code values(..)}. */
    public static Upsert upsert(FromItem table) {
        return new Upsert(Checks.notNull(table, "table"), List.of(), List.of(), List.of());
    }

    /** An update of many rows with different values in one statement; add {@code keys}, {@code columns}, {@code row}. */
    public static BulkUpdate bulkUpdate(FromItem table) {
        return new BulkUpdate(Checks.notNull(table, "table"), List.of(), List.of(), List.of());
    }

    /**
     * {@code text} with backslash put before every {@code \}, {@code %} and {@code _}, so that
     * {@code like("%" + likeEscape(userInput) + "%")} matches the input literally.
     */
    public static String likeEscape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '%' || c == '_') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static List<Expr<Boolean>> terms(Expr<Boolean>[] conditions) {
        for (Expr<Boolean> condition : Checks.notNull(conditions, "conditions")) {
            Checks.notNull(condition, "condition");
        }
        return List.of(conditions);
    }
}
