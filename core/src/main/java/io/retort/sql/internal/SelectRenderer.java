package io.retort.sql.internal;

import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.retort.sql.Expr;
import io.retort.sql.FromItem;
import io.retort.sql.Ordering;
import io.retort.sql.Select;
import io.retort.sql.SortKey;
import io.retort.sql.internal.expr.Label;

import org.jspecify.annotations.Nullable;

/**
 * Renders a SELECT. Its FROM clause is the explicit FROM items and joins, plus the tables its
 * columns and conditions use that no enclosing query already has (those are correlated, as in
 * SQLAlchemy). Paging goes through the dialect's {@link SqlSyntax#paging}.
 */
final class SelectRenderer {

    private final ExpressionRenderer expressions = new ExpressionRenderer(this);

    ExpressionRenderer expressions() {
        return expressions;
    }

    void render(Select select, RenderContext ctx) {
        List<FromItem> froms = froms(select, ctx);
        Set<FromItem> scope = new LinkedHashSet<>(froms);
        for (Select.Join join : select.joins()) {
            scope.add(Columns.normalize(join.item()));
        }
        for (FromItem item : scope) {
            if (item instanceof TableRef table && table.anonymous()) {
                ctx.anonymousName(table);
            }
        }
        ctx.enterScope(scope, soleItem(scope, select));
        try {
            ctx.append(select.isDistinct() ? "SELECT DISTINCT " : "SELECT ");
            selectList(select.columns(), ctx);
            fromClause(froms, select.joins(), ctx);
            if (!select.whereClause().isEmpty()) {
                ctx.append(" WHERE ");
                expressions.conjunction(select.whereClause(), ctx);
            }
            if (!select.groupByClause().isEmpty()) {
                ctx.append(" GROUP BY ");
                list(select.groupByClause(), ctx);
            }
            if (!select.havingClause().isEmpty()) {
                ctx.append(" HAVING ");
                expressions.conjunction(select.havingClause(), ctx);
            }
            orderBy(select.orderByClause(), ctx);
            paging(select, ctx);
        } finally {
            ctx.exitScope();
        }
    }

    /**
     * The one table a select reads, when its select list holds only plain columns of it: then a
     * column's bare name means the same in every clause (no output name can shadow another
     * column), and the statement is shorter for the driver and the server to parse.
     */
    private static @Nullable FromItem soleItem(Set<FromItem> scope, Select select) {
        if (scope.size() != 1) {
            return null;
        }
        FromItem sole = scope.iterator().next();
        for (Expr<?> column : select.columns()) {
            ColumnRef<?> ref = column instanceof Label<?> ? null : Columns.columnOf(column);
            if (ref == null) {
                return null;
            }
            FromItem from = Columns.normalize(ref.from());
            if (from != sole && !from.equals(sole)) {
                return null;
            }
        }
        return sole;
    }

    private List<FromItem> froms(Select select, RenderContext ctx) {
        Set<FromItem> explicit = new LinkedHashSet<>();
        for (FromItem item : select.fromItems()) {
            explicit.add(Columns.normalize(item));
        }
        Set<FromItem> joined = new LinkedHashSet<>();
        for (Select.Join join : select.joins()) {
            joined.add(Columns.normalize(join.item()));
        }
        FromCollector collector = new FromCollector()
                .addAll(select.columns())
                .addAll(select.whereClause())
                .addAll(select.groupByClause())
                .addAll(select.havingClause());
        List<FromItem> froms = new ArrayList<>(explicit);
        for (FromItem item : collector.items()) {
            if (!explicit.contains(item) && !joined.contains(item) && !ctx.enclosingHas(item)) {
                froms.add(item);
            }
        }
        if (froms.isEmpty() && joined.isEmpty()) {
            // As in SQLAlchemy: correlation never leaves a subquery without a FROM clause.
            for (FromItem item : collector.items()) {
                froms.add(item);
            }
        }
        if (froms.isEmpty() && !select.joins().isEmpty()) {
            throw new IllegalArgumentException("A select with joins needs a table to join to: add .from(table) or"
                    + " select a column of it");
        }
        return froms;
    }

    private void selectList(List<Expr<?>> columns, RenderContext ctx) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("A select needs at least one column or expression");
        }
        for (int i = 0; i < columns.size(); i++) {
            ctx.append(i == 0 ? "" : ", ");
            Expr<?> column = columns.get(i);
            expressions.render(column, ctx);
            if (column instanceof Label<?> label) {
                ctx.append(" AS ").quoted(label.name());
            }
        }
    }

    private void fromClause(List<FromItem> froms, List<Select.Join> joins, RenderContext ctx) {
        if (froms.isEmpty()) {
            return;
        }
        ctx.append(" FROM ");
        for (int i = 0; i < froms.size(); i++) {
            ctx.append(i == 0 ? "" : ", ");
            fromItem(froms.get(i), ctx);
            if (i == 0) {
                joins(joins, ctx);
            }
        }
    }

    private void joins(List<Select.Join> joins, RenderContext ctx) {
        for (Select.Join join : joins) {
            ctx.append(join.outer() ? " LEFT OUTER JOIN " : " JOIN ");
            fromItem(Columns.normalize(join.item()), ctx);
            ctx.append(" ON ");
            expressions.render(join.on(), ctx);
        }
    }

    /** {@code "table" AS "alias"} or {@code (SELECT ..) AS "alias"}. */
    void fromItem(FromItem item, RenderContext ctx) {
        if (item instanceof TableRef table) {
            expressions.tableName(table, ctx);
            if (table.isAliased()) {
                ctx.append(" AS ");
                expressions.qualifier(table, ctx);
            }
        } else if (item instanceof DerivedTable derived) {
            ctx.append("(");
            Deque<Set<FromItem>> saved = ctx.isolateScopes();
            try {
                render(derived.select(), ctx);
            } finally {
                ctx.restoreScopes(saved);
            }
            ctx.append(") AS ").quoted(derived.alias());
        } else {
            throw new IllegalArgumentException("Retort cannot compile the FROM item " + item);
        }
    }

    private void list(List<? extends Expr<?>> items, RenderContext ctx) {
        for (int i = 0; i < items.size(); i++) {
            ctx.append(i == 0 ? "" : ", ");
            expressions.render(items.get(i), ctx);
        }
    }

    private void orderBy(List<SortKey> keys, RenderContext ctx) {
        if (keys.isEmpty()) {
            return;
        }
        ctx.append(" ORDER BY ");
        for (int i = 0; i < keys.size(); i++) {
            ctx.append(i == 0 ? "" : ", ");
            SortKey key = keys.get(i);
            if (key instanceof Ordering ordering) {
                ordering(ordering, ctx);
            } else {
                expressions.render((Expr<?>) key, ctx);
            }
        }
    }

    private void ordering(Ordering ordering, RenderContext ctx) {
        boolean emulate = ordering.nulls() != Ordering.Nulls.DEFAULT && !ctx.syntax().supportsNullsOrdering();
        if (emulate) {
            ctx.append("CASE WHEN ");
            expressions.operand(ordering.expr(), Precedence.ARITHMETIC, ctx);
            ctx.append(ordering.nulls() == Ordering.Nulls.FIRST ? " IS NULL THEN 0 ELSE 1 END, "
                    : " IS NULL THEN 1 ELSE 0 END, ");
        }
        expressions.render(ordering.expr(), ctx);
        ctx.append(ordering.descending() ? " DESC" : " ASC");
        if (!emulate && ordering.nulls() != Ordering.Nulls.DEFAULT) {
            ctx.append(ordering.nulls() == Ordering.Nulls.FIRST ? " NULLS FIRST" : " NULLS LAST");
        }
    }

    private void paging(Select select, RenderContext ctx) {
        Long limit = select.limitValue();
        Long offset = select.offsetValue();
        if (limit == null && offset == null) {
            return;
        }
        String limitMarker = limit == null ? null : ctx.syntax().bindMarker(ctx.parameterCount());
        String offsetMarker = offset == null ? null
                : ctx.syntax().bindMarker(ctx.parameterCount() + (limit == null ? 0 : 1));
        ctx.append(ctx.syntax().paging(limitMarker, offsetMarker));
        if (limit != null) {
            ctx.addParameter(limit);
        }
        if (offset != null) {
            ctx.addParameter(offset);
        }
    }
}
