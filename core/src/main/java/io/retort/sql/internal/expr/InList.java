package io.retort.sql.internal.expr;

import java.util.Collections;
import java.util.List;

import io.retort.sql.Expr;

/** {@code subject [NOT] IN (values)}: the values are bound, one marker each or as one array. */
public record InList(Expr<?> subject, List<Object> values, boolean negated) implements Expr<Boolean> {

    public InList {
        values = Collections.unmodifiableList(values);
    }
}
