package io.retort.sql.internal.expr;

import io.retort.sql.Expr;

/** A constant condition, spelled by the dialect (an empty IN list is {@code false}). */
public record RawBoolean(boolean value) implements Expr<Boolean> {
}
