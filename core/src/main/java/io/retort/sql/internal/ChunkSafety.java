package io.retort.sql.internal;

import io.retort.sql.Expr;
import io.retort.sql.Select;
import io.retort.sql.internal.expr.FunctionCall;
import io.retort.sql.internal.expr.Label;

import org.jspecify.annotations.Nullable;

/**
 * Whether a select gives the same rows run in chunks of an IN list and concatenated: not with
 * aggregates, grouping, DISTINCT, ORDER BY or paging. Returns the reason it is unsafe, or null.
 */
final class ChunkSafety {

    private ChunkSafety() {
    }

    static @Nullable String of(Select select) {
        if (!select.groupByClause().isEmpty() || !select.havingClause().isEmpty()) {
            return "it groups rows";
        }
        if (select.isDistinct()) {
            return "it is DISTINCT";
        }
        if (!select.orderByClause().isEmpty()) {
            return "it is ordered";
        }
        if (select.limitValue() != null || select.offsetValue() != null) {
            return "it has LIMIT/OFFSET";
        }
        for (Expr<?> column : select.columns()) {
            Expr<?> inner = column instanceof Label<?> label ? label.expr() : column;
            if (inner instanceof FunctionCall<?> call && call.aggregate()) {
                return "it selects the aggregate " + call.name();
            }
        }
        return null;
    }
}
