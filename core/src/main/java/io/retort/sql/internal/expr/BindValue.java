package io.retort.sql.internal.expr;

import io.retort.sql.Expr;

import org.jspecify.annotations.Nullable;

/**
 * A value sent as a bind parameter. When it is compared with or assigned to a column
 * ({@code peer}), the column's value adapter converts it and a null is bound with the column's type.
 */
public record BindValue<T>(@Nullable Object value, @Nullable Expr<?> peer) implements Expr<T> {

    /** A value on its own. */
    public static <T> BindValue<T> of(@Nullable Object value) {
        return new BindValue<>(value, null);
    }

    /** A value bound against {@code peer}, whose column (if any) adapts it. */
    public static <T> BindValue<T> against(Expr<?> peer, @Nullable Object value) {
        return new BindValue<>(value, peer);
    }
}
