package io.retort.sql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.retort.internal.Checks;
import io.retort.sql.internal.expr.Between;
import io.retort.sql.internal.expr.BinaryOperator;
import io.retort.sql.internal.expr.Binary;
import io.retort.sql.internal.expr.BindValue;
import io.retort.sql.internal.expr.InList;
import io.retort.sql.internal.expr.InSelect;
import io.retort.sql.internal.expr.Label;
import io.retort.sql.internal.expr.Like;
import io.retort.sql.internal.expr.NullTest;

import org.jspecify.annotations.Nullable;

/**
 * A SQL expression whose value has the Java type {@code T}: a column, a bound value, a function
 * call, an operation on other expressions. Conditions are {@code Expr<Boolean>}. Expressions are
 * immutable values: every method returns a new expression and leaves this one unchanged.
 *
 * <pre>{@code
 * Expr<Boolean> adult = User_.age.ge(18);
 * Expr<Boolean> named = and(User_.name.like("ed%"), User_.name.ne("edward"));
 * select(User_.name, func.count(User_.id)).groupBy(User_.name).having(func.count(User_.id).gt(1L));
 * }</pre>
 *
 * <p>Every value passed to these methods is sent as a bind parameter, never inlined in the SQL.
 * Comparing with {@code null} ({@code eq(null)}, {@code ne(null)}) means {@code IS NULL} and
 * {@code IS NOT NULL}, as in SQLAlchemy.
 *
 * @param <T> the Java type of the expression's value
 */
public interface Expr<T> extends SortKey {

    /** {@code this = value}; {@code IS NULL} when {@code value} is null. */
    default Expr<Boolean> eq(@Nullable T value) {
        return value == null ? isNull() : compare(BinaryOperator.EQ, value);
    }

    /** {@code this = other}. */
    default Expr<Boolean> eq(Expr<?> other) {
        return new Binary<>(this, BinaryOperator.EQ, Checks.notNull(other, "other"));
    }

    /** {@code this <> value}; {@code IS NOT NULL} when {@code value} is null. */
    default Expr<Boolean> ne(@Nullable T value) {
        return value == null ? isNotNull() : compare(BinaryOperator.NE, value);
    }

    /** {@code this <> other}. */
    default Expr<Boolean> ne(Expr<?> other) {
        return new Binary<>(this, BinaryOperator.NE, Checks.notNull(other, "other"));
    }

    /** {@code this < value}. */
    default Expr<Boolean> lt(T value) {
        return compare(BinaryOperator.LT, value);
    }

    /** {@code this < other}. */
    default Expr<Boolean> lt(Expr<?> other) {
        return new Binary<>(this, BinaryOperator.LT, Checks.notNull(other, "other"));
    }

    /** {@code this <= value}. */
    default Expr<Boolean> le(T value) {
        return compare(BinaryOperator.LE, value);
    }

    /** {@code this <= other}. */
    default Expr<Boolean> le(Expr<?> other) {
        return new Binary<>(this, BinaryOperator.LE, Checks.notNull(other, "other"));
    }

    /** {@code this > value}. */
    default Expr<Boolean> gt(T value) {
        return compare(BinaryOperator.GT, value);
    }

    /** {@code this > other}. */
    default Expr<Boolean> gt(Expr<?> other) {
        return new Binary<>(this, BinaryOperator.GT, Checks.notNull(other, "other"));
    }

    /** {@code this >= value}. */
    default Expr<Boolean> ge(T value) {
        return compare(BinaryOperator.GE, value);
    }

    /** {@code this >= other}. */
    default Expr<Boolean> ge(Expr<?> other) {
        return new Binary<>(this, BinaryOperator.GE, Checks.notNull(other, "other"));
    }

    /**
     * {@code this LIKE pattern}, case-sensitive, with {@code %} and {@code _} as wildcards and
     * backslash as the escape character on every dialect ({@code "100\\%"} matches "100%").
     */
    default Expr<Boolean> like(String pattern) {
        return like(pattern, '\\');
    }

    /** {@code this LIKE pattern ESCAPE escape}. */
    default Expr<Boolean> like(String pattern, char escape) {
        return new Like(this, BindValue.of(Checks.notNull(pattern, "pattern")), Like.Kind.LIKE, escape);
    }

    /** Case-insensitive {@link #like(String)}: native ILIKE where the database has it, else {@code LOWER(..) LIKE LOWER(..)}. */
    default Expr<Boolean> ilike(String pattern) {
        return ilike(pattern, '\\');
    }

    /** Case-insensitive {@link #like(String, char)}. */
    default Expr<Boolean> ilike(String pattern, char escape) {
        return new Like(this, BindValue.of(Checks.notNull(pattern, "pattern")), Like.Kind.ILIKE, escape);
    }

    /** {@code this NOT LIKE pattern}, with backslash as the escape character. */
    default Expr<Boolean> notLike(String pattern) {
        return notLike(pattern, '\\');
    }

    /** {@code this NOT LIKE pattern ESCAPE escape}. */
    default Expr<Boolean> notLike(String pattern, char escape) {
        return new Like(this, BindValue.of(Checks.notNull(pattern, "pattern")), Like.Kind.NOT_LIKE, escape);
    }

    /**
     * {@code this IN (values)}. Any number of values: a large list is bound as one array where
     * the database has arrays, else split below the driver's bind-parameter limit.
     */
    default Expr<Boolean> in(Collection<? extends T> values) {
        return new InList(this, copy(values), false);
    }

    /** {@code this NOT IN (values)}. */
    default Expr<Boolean> notIn(Collection<? extends T> values) {
        return new InList(this, copy(values), true);
    }

    /** {@code this IN (subquery)}; the subquery selects one column. */
    default Expr<Boolean> in(Select subquery) {
        return new InSelect(this, Checks.notNull(subquery, "subquery"), false);
    }

    /** {@code this NOT IN (subquery)}. */
    default Expr<Boolean> notIn(Select subquery) {
        return new InSelect(this, Checks.notNull(subquery, "subquery"), true);
    }

    /** {@code this IS NULL}. */
    default Expr<Boolean> isNull() {
        return new NullTest(this, false);
    }

    /** {@code this IS NOT NULL}. */
    default Expr<Boolean> isNotNull() {
        return new NullTest(this, true);
    }

    /** {@code this BETWEEN low AND high}, both ends included. */
    default Expr<Boolean> between(T low, T high) {
        return new Between(this, BindValue.against(this, Checks.notNull(low, "low")),
                BindValue.against(this, Checks.notNull(high, "high")));
    }

    /** This expression sorted ascending. */
    default Ordering asc() {
        return new Ordering(this, false, Ordering.Nulls.DEFAULT);
    }

    /** This expression sorted descending. */
    default Ordering desc() {
        return new Ordering(this, true, Ordering.Nulls.DEFAULT);
    }

    /** This expression under the name {@code name} ({@code expr AS name}), the key of its value in a {@link Row}. */
    default Expr<T> label(String name) {
        return new Label<>(this, Checks.notBlank(name, "name"));
    }

    /** {@code this + value}. */
    default Expr<T> plus(T value) {
        return compare(BinaryOperator.PLUS, value);
    }

    /** {@code this + other}. */
    default Expr<T> plus(Expr<? extends T> other) {
        return new Binary<>(this, BinaryOperator.PLUS, Checks.notNull(other, "other"));
    }

    /** {@code this - value}. */
    default Expr<T> minus(T value) {
        return compare(BinaryOperator.MINUS, value);
    }

    /** {@code this - other}. */
    default Expr<T> minus(Expr<? extends T> other) {
        return new Binary<>(this, BinaryOperator.MINUS, Checks.notNull(other, "other"));
    }

    /** {@code this * value}. */
    default Expr<T> times(T value) {
        return compare(BinaryOperator.TIMES, value);
    }

    /** {@code this * other}. */
    default Expr<T> times(Expr<? extends T> other) {
        return new Binary<>(this, BinaryOperator.TIMES, Checks.notNull(other, "other"));
    }

    /** {@code this / value}; integer division on integer operands, as the database does it. */
    default Expr<T> div(T value) {
        return compare(BinaryOperator.DIV, value);
    }

    /** {@code this / other}. */
    default Expr<T> div(Expr<? extends T> other) {
        return new Binary<>(this, BinaryOperator.DIV, Checks.notNull(other, "other"));
    }

    private <R> Expr<R> compare(BinaryOperator operator, T value) {
        return new Binary<>(this, operator, BindValue.against(this, Checks.notNull(value, "value")));
    }

    private static List<Object> copy(Collection<?> values) {
        Checks.notNull(values, "values");
        return new ArrayList<>(values);
    }
}
