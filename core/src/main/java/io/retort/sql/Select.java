package io.retort.sql;

import java.util.ArrayList;
import java.util.List;

import io.retort.internal.Checks;
import io.retort.sql.internal.DerivedTable;
import io.retort.sql.internal.expr.ScalarSubquery;

import org.jspecify.annotations.Nullable;

/**
 * A SELECT statement at the Core level. Immutable: every method returns a new select, so one can
 * be reused, nested and executed many times. Without {@link #from}, the FROM clause lists the
 * tables the selected columns and conditions use; tables of an enclosing query are correlated,
 * not repeated, as in SQLAlchemy.
 *
 * <pre>{@code
 * Select adults = select(name, age).from(users).where(age.ge(18)).orderBy(name).limit(10);
 * engine.execute(adults).map(row -> row.get("name", String.class));
 * select(name).where(exists(select(orderId).where(orderUserId.eq(userId))));   // correlated
 * }</pre>
 */
public final class Select implements Executable {

    /** One JOIN of a select: the joined item, its ON condition and whether it is a LEFT OUTER join. */
    public record Join(FromItem item, Expr<Boolean> on, boolean outer) {
    }

    private final List<Expr<?>> columns;
    private final List<FromItem> from;
    private final List<Join> joins;
    private final List<Expr<Boolean>> where;
    private final List<Expr<?>> groupBy;
    private final List<Expr<Boolean>> having;
    private final List<SortKey> orderBy;
    private final @Nullable Long limit;
    private final @Nullable Long offset;
    private final boolean distinct;

    private Select(List<Expr<?>> columns, List<FromItem> from, List<Join> joins, List<Expr<Boolean>> where,
            List<Expr<?>> groupBy, List<Expr<Boolean>> having, List<SortKey> orderBy, @Nullable Long limit,
            @Nullable Long offset, boolean distinct) {
        this.columns = columns;
        this.from = from;
        this.joins = joins;
        this.where = where;
        this.groupBy = groupBy;
        this.having = having;
        this.orderBy = orderBy;
        this.limit = limit;
        this.offset = offset;
        this.distinct = distinct;
    }

    static Select of(List<Expr<?>> columns) {
        return new Select(List.copyOf(columns), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                null, null, false);
    }

    /** This select with {@code more} columns added to its select list. */
    public Select addColumns(Expr<?>... more) {
        return new Select(plus(columns, more), from, joins, where, groupBy, having, orderBy, limit, offset, distinct);
    }

    /** This select with its select list replaced by {@code replacement}. */
    public Select withColumns(List<? extends Expr<?>> replacement) {
        return new Select(List.copyOf(replacement), from, joins, where, groupBy, having, orderBy, limit, offset,
                distinct);
    }

    /** This select with {@code items} added to its FROM clause. */
    public Select from(FromItem... items) {
        return new Select(columns, plus(from, items), joins, where, groupBy, having, orderBy, limit, offset, distinct);
    }

    /** This select with {@code INNER JOIN item ON on}, joined to the FROM clause's first item. */
    public Select join(FromItem item, Expr<Boolean> on) {
        return withJoin(new Join(Checks.notNull(item, "item"), Checks.notNull(on, "on"), false));
    }

    /** This select with {@code LEFT OUTER JOIN item ON on}. */
    public Select outerJoin(FromItem item, Expr<Boolean> on) {
        return withJoin(new Join(Checks.notNull(item, "item"), Checks.notNull(on, "on"), true));
    }

    /** This select with {@code conditions} ANDed to its WHERE clause. */
    @SafeVarargs
    public final Select where(Expr<Boolean>... conditions) {
        return new Select(columns, from, joins, plus(where, conditions), groupBy, having, orderBy, limit, offset,
                distinct);
    }

    /** This select grouped by {@code expressions} as well. */
    public Select groupBy(Expr<?>... expressions) {
        return new Select(columns, from, joins, where, plus(groupBy, expressions), having, orderBy, limit, offset,
                distinct);
    }

    /** This select with {@code conditions} ANDed to its HAVING clause. */
    @SafeVarargs
    public final Select having(Expr<Boolean>... conditions) {
        return new Select(columns, from, joins, where, groupBy, plus(having, conditions), orderBy, limit, offset,
                distinct);
    }

    /** This select ordered by {@code keys} as well: expressions (ascending) or {@link Ordering}s. */
    public Select orderBy(SortKey... keys) {
        return new Select(columns, from, joins, where, groupBy, having, plus(orderBy, keys), limit, offset, distinct);
    }

    /** This select returning at most {@code rows} rows. */
    public Select limit(long rows) {
        return new Select(columns, from, joins, where, groupBy, having, orderBy, nonNegative(rows, "limit"), offset,
                distinct);
    }

    /** This select skipping its first {@code rows} rows. */
    public Select offset(long rows) {
        return new Select(columns, from, joins, where, groupBy, having, orderBy, limit, nonNegative(rows, "offset"),
                distinct);
    }

    /** This select with {@code SELECT DISTINCT}. */
    public Select distinct() {
        return new Select(columns, from, joins, where, groupBy, having, orderBy, limit, offset, true);
    }

    /** This select as a value ({@code (SELECT ...)}), for comparisons and select lists. */
    public <T> Expr<T> scalarSubquery() {
        return new ScalarSubquery<>(this);
    }

    /** This select as a derived table {@code (SELECT ...) AS alias}, usable in FROM and joins. */
    public DerivedTable subquery(String alias) {
        return new DerivedTable(this, Checks.notBlank(alias, "alias"));
    }

    public List<Expr<?>> columns() {
        return columns;
    }

    public List<FromItem> fromItems() {
        return from;
    }

    public List<Join> joins() {
        return joins;
    }

    public List<Expr<Boolean>> whereClause() {
        return where;
    }

    public List<Expr<?>> groupByClause() {
        return groupBy;
    }

    public List<Expr<Boolean>> havingClause() {
        return having;
    }

    public List<SortKey> orderByClause() {
        return orderBy;
    }

    public @Nullable Long limitValue() {
        return limit;
    }

    public @Nullable Long offsetValue() {
        return offset;
    }

    public boolean isDistinct() {
        return distinct;
    }

    private Select withJoin(Join join) {
        List<Join> more = new ArrayList<>(joins);
        more.add(join);
        return new Select(columns, from, List.copyOf(more), where, groupBy, having, orderBy, limit, offset, distinct);
    }

    @SafeVarargs
    private static <E> List<E> plus(List<E> list, E... more) {
        List<E> out = new ArrayList<>(list);
        for (E item : Checks.notNull(more, "items")) {
            out.add(Checks.notNull(item, "item"));
        }
        return List.copyOf(out);
    }

    private static long nonNegative(long value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative, was " + value);
        }
        return value;
    }

    @Override
    public String toString() {
        return "Select" + columns;
    }
}
