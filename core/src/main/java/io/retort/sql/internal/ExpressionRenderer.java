package io.retort.sql.internal;

import java.util.List;

import io.retort.sql.Expr;
import io.retort.sql.FromItem;
import io.retort.sql.internal.expr.Between;
import io.retort.sql.internal.expr.Binary;
import io.retort.sql.internal.expr.BindValue;
import io.retort.sql.internal.expr.Exists;
import io.retort.sql.internal.expr.FunctionCall;
import io.retort.sql.internal.expr.InList;
import io.retort.sql.internal.expr.InSelect;
import io.retort.sql.internal.expr.Junction;
import io.retort.sql.internal.expr.Label;
import io.retort.sql.internal.expr.Like;
import io.retort.sql.internal.expr.Not;
import io.retort.sql.internal.expr.NullTest;
import io.retort.sql.internal.expr.RawBoolean;
import io.retort.sql.internal.expr.ScalarSubquery;

/**
 * Renders expression nodes: columns, bind values, operators, LIKE, IN, functions, subqueries.
 * Subqueries go to the {@link SelectRenderer}; IN lists to the {@link InListRenderer}.
 */
final class ExpressionRenderer {

    private final SelectRenderer selects;
    private final InListRenderer inLists = new InListRenderer();

    ExpressionRenderer(SelectRenderer selects) {
        this.selects = selects;
    }

    void render(Expr<?> expr, RenderContext ctx) {
        ColumnRef<?> column = Columns.columnOf(expr);
        if (column != null && !(expr instanceof Label<?>)) {
            column(column, ctx);
        } else if (expr instanceof Label<?> label) {
            render(label.expr(), ctx);
        } else if (expr instanceof BindValue<?> bind) {
            bind(bind, ctx);
        } else if (expr instanceof Binary<?> binary) {
            binary(binary, ctx);
        } else if (expr instanceof Junction junction) {
            junction(junction, ctx);
        } else if (expr instanceof Not not) {
            ctx.append("NOT ");
            operand(not.condition(), Precedence.ATOM, ctx);
        } else if (expr instanceof Like like) {
            like(like, ctx);
        } else if (expr instanceof InList in) {
            inLists.render(in, this, ctx);
        } else if (expr instanceof InSelect in) {
            operand(in.subject(), Precedence.ARITHMETIC, ctx);
            ctx.append(in.negated() ? " NOT IN (" : " IN (");
            selects.render(in.select(), ctx);
            ctx.append(")");
        } else if (expr instanceof NullTest test) {
            operand(test.subject(), Precedence.ARITHMETIC, ctx);
            ctx.append(test.negated() ? " IS NOT NULL" : " IS NULL");
        } else if (expr instanceof Between between) {
            operand(between.subject(), Precedence.ARITHMETIC, ctx);
            ctx.append(" BETWEEN ");
            operand(between.low(), Precedence.ARITHMETIC, ctx);
            ctx.append(" AND ");
            operand(between.high(), Precedence.ARITHMETIC, ctx);
        } else if (expr instanceof FunctionCall<?> call) {
            function(call, ctx);
        } else if (expr instanceof Exists exists) {
            ctx.append("EXISTS (");
            selects.render(exists.select(), ctx);
            ctx.append(")");
        } else if (expr instanceof ScalarSubquery<?> subquery) {
            ctx.append("(");
            selects.render(subquery.select(), ctx);
            ctx.append(")");
        } else if (expr instanceof RawBoolean raw) {
            ctx.append(ctx.syntax().booleanLiteral(raw.value()));
        } else {
            throw new IllegalArgumentException("Retort cannot compile " + expr.getClass().getName() + " (" + expr
                    + "); an expression from another layer must implement io.retort.sql.internal.ColumnExpression");
        }
    }

    /** Renders a condition list joined by AND, without outer parentheses (WHERE, HAVING, ON). */
    void conjunction(List<? extends Expr<Boolean>> terms, RenderContext ctx) {
        for (int i = 0; i < terms.size(); i++) {
            ctx.append(i == 0 ? "" : " AND ");
            operand(terms.get(i), Precedence.AND, ctx);
        }
    }

    /** {@code "qualifier"."column"}. */
    void column(ColumnRef<?> column, RenderContext ctx) {
        if (!ctx.isSoleItem(Columns.normalize(column.from()))) {
            qualifier(column.from(), ctx);
            ctx.append(".");
        }
        ctx.quoted(column.name());
    }

    /** How columns of {@code item} are qualified: the alias, or the (schema-qualified) table name. */
    void qualifier(FromItem item, RenderContext ctx) {
        FromItem from = Columns.normalize(item);
        if (from instanceof TableRef table) {
            if (table.anonymous()) {
                ctx.quoted(ctx.anonymousName(table));
            } else if (table.alias() != null) {
                ctx.quoted(table.alias());
            } else {
                tableName(table, ctx);
            }
        } else if (from instanceof DerivedTable derived) {
            ctx.quoted(derived.alias());
        } else {
            throw new IllegalArgumentException("Retort cannot compile the FROM item " + item);
        }
    }

    /** {@code "schema"."table"}. */
    void tableName(TableRef table, RenderContext ctx) {
        if (table.schema() != null) {
            ctx.quoted(table.schema()).append(".");
        }
        ctx.quoted(table.name());
    }

    /** Renders {@code expr} where any operator may stand (it is parenthesized when compound). */
    void operand(Expr<?> expr, RenderContext ctx) {
        operand(expr, Precedence.ATOM, ctx);
    }

    /** Renders {@code expr} under an operator of {@code parent} precedence, parenthesized when it binds looser. */
    void operand(Expr<?> expr, int parent, RenderContext ctx) {
        if (Precedence.of(expr) < parent) {
            ctx.append("(");
            render(expr, ctx);
            ctx.append(")");
        } else {
            render(expr, ctx);
        }
    }

    /** Binds {@code value} as {@code peer}'s column binds it: adapted, a null typed. */
    void bindAgainst(Expr<?> peer, Object value, RenderContext ctx) {
        ColumnRef<?> column = Columns.columnOf(peer);
        ctx.bind(column == null ? value : column.toDatabase(value));
    }

    private void bind(BindValue<?> bind, RenderContext ctx) {
        ColumnRef<?> column = Columns.columnOf(bind.peer());
        ctx.bind(column == null ? bind.value() : column.toDatabase(bind.value()));
    }

    private void binary(Binary<?> binary, RenderContext ctx) {
        int own = Precedence.of(binary);
        // Comparisons do not chain; arithmetic is left-associative, so only the right side needs more.
        operand(binary.left(), own == Precedence.COMPARISON ? own + 1 : own, ctx);
        ctx.append(" ").append(binary.operator().sql()).append(" ");
        operand(binary.right(), own + 1, ctx);
    }

    private void junction(Junction junction, RenderContext ctx) {
        if (junction.terms().isEmpty()) {
            ctx.append(ctx.syntax().booleanLiteral(junction.conjunction()));
            return;
        }
        String separator = junction.conjunction() ? " AND " : " OR ";
        int own = Precedence.of(junction);
        for (int i = 0; i < junction.terms().size(); i++) {
            ctx.append(i == 0 ? "" : separator);
            operand(junction.terms().get(i), own, ctx);
        }
    }

    private void like(Like like, RenderContext ctx) {
        boolean emulateIlike = like.kind() == Like.Kind.ILIKE && !ctx.syntax().supportsNativeIlike();
        if (emulateIlike) {
            ctx.append("LOWER(");
            render(like.subject(), ctx);
            ctx.append(") LIKE LOWER(");
            render(like.pattern(), ctx);
            ctx.append(")");
        } else {
            operand(like.subject(), Precedence.ARITHMETIC, ctx);
            ctx.append(switch (like.kind()) {
                case LIKE -> " LIKE ";
                case ILIKE -> " ILIKE ";
                case NOT_LIKE -> " NOT LIKE ";
            });
            render(like.pattern(), ctx);
        }
        ctx.append(" ESCAPE ").append(ctx.syntax().likeEscapeLiteral(like.escape()));
    }

    private void function(FunctionCall<?> call, RenderContext ctx) {
        ctx.append(call.name()).append("(");
        if (call.star()) {
            ctx.append("*");
        }
        for (int i = 0; i < call.arguments().size(); i++) {
            ctx.append(i == 0 ? "" : ", ");
            render(call.arguments().get(i), ctx);
        }
        ctx.append(")");
    }
}
