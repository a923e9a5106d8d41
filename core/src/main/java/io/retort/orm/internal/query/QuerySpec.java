package io.retort.orm.internal.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.retort.internal.Checks;
import io.retort.orm.LoaderOption;
import io.retort.sql.Expr;
import io.retort.sql.Select;
import io.retort.sql.SortKey;
import io.retort.sql.TextClause;

import org.jspecify.annotations.Nullable;

/**
 * Everything a query says, as an immutable value: what it selects, joins, filters, groups,
 * orders and pages, its loader options, or the text statement it runs instead.
 *
 * @param selections the select list
 * @param entityResult whether each result is the one selected entity (else a {@code Row})
 * @param joins the explicit joins, in order
 * @param where conditions ANDed together
 * @param groupBy grouping expressions
 * @param having conditions on groups
 * @param orderBy sort keys
 * @param limit at most this many rows, or null
 * @param offset rows skipped, or null
 * @param distinct whether SELECT DISTINCT
 * @param options loader options for the selected entity
 * @param text a raw statement whose rows are mapped onto the entity, or null
 */
public record QuerySpec(List<Selection> selections, boolean entityResult, List<Select.Join> joins,
        List<Expr<Boolean>> where, List<Expr<?>> groupBy, List<Expr<Boolean>> having, List<SortKey> orderBy,
        @Nullable Long limit, @Nullable Long offset, boolean distinct, List<LoaderOption> options,
        @Nullable TextClause text) {

    /** A query of {@code selections}, nothing else said yet. */
    public static QuerySpec of(List<Selection> selections, boolean entityResult) {
        return new QuerySpec(List.copyOf(selections), entityResult, List.of(), List.of(), List.of(), List.of(),
                List.of(), null, null, false, List.of(), null);
    }

    /** The first entity selected, or null when only expressions are. */
    public Selection.@Nullable Entity firstEntity() {
        for (Selection selection : selections) {
            if (selection instanceof Selection.Entity entity) {
                return entity;
            }
        }
        return null;
    }

    public QuerySpec withJoin(Select.Join join) {
        return new QuerySpec(selections, entityResult, plus(joins, join), where, groupBy, having, orderBy, limit,
                offset, distinct, options, text);
    }

    public QuerySpec withWhere(List<Expr<Boolean>> conditions) {
        return new QuerySpec(selections, entityResult, joins, plus(where, conditions), groupBy, having, orderBy,
                limit, offset, distinct, options, text);
    }

    public QuerySpec withGroupBy(Expr<?>[] expressions) {
        return new QuerySpec(selections, entityResult, joins, where, plus(groupBy, Arrays.asList(expressions)),
                having, orderBy, limit, offset, distinct, options, text);
    }

    public QuerySpec withHaving(List<Expr<Boolean>> conditions) {
        return new QuerySpec(selections, entityResult, joins, where, groupBy, plus(having, conditions), orderBy,
                limit, offset, distinct, options, text);
    }

    public QuerySpec withOrderBy(SortKey[] keys) {
        return new QuerySpec(selections, entityResult, joins, where, groupBy, having, plus(orderBy,
                Arrays.asList(keys)), limit, offset, distinct, options, text);
    }

    /** This query with its ORDER BY replaced by {@code keys}. */
    public QuerySpec withOrder(List<SortKey> keys) {
        return new QuerySpec(selections, entityResult, joins, where, groupBy, having, List.copyOf(keys), limit,
                offset, distinct, options, text);
    }

    public QuerySpec withPaging(@Nullable Long rows, @Nullable Long skip) {
        return new QuerySpec(selections, entityResult, joins, where, groupBy, having, orderBy, rows, skip, distinct,
                options, text);
    }

    public QuerySpec withDistinct() {
        return new QuerySpec(selections, entityResult, joins, where, groupBy, having, orderBy, limit, offset, true,
                options, text);
    }

    public QuerySpec withOptions(List<LoaderOption> more) {
        return new QuerySpec(selections, entityResult, joins, where, groupBy, having, orderBy, limit, offset,
                distinct, plus(options, more), text);
    }

    public QuerySpec withText(TextClause statement) {
        return new QuerySpec(selections, entityResult, joins, where, groupBy, having, orderBy, limit, offset,
                distinct, options, statement);
    }

    private static <E> List<E> plus(List<E> list, E item) {
        return plus(list, List.of(item));
    }

    private static <E> List<E> plus(List<E> list, List<? extends E> more) {
        List<E> out = new ArrayList<>(list.size() + more.size());
        out.addAll(list);
        for (E item : more) {
            out.add(Checks.notNull(item, "item"));
        }
        return List.copyOf(out);
    }
}
