package io.retort.internal.engine;

import io.r2dbc.spi.IsolationLevel;
import io.r2dbc.spi.Option;
import io.r2dbc.spi.TransactionDefinition;

import org.jspecify.annotations.Nullable;

/** Isolation level and read-only flag for one transaction; defaults are the database's. */
public record TransactionOptions(@Nullable IsolationLevel isolation, boolean readOnly) implements TransactionDefinition {

    public static final TransactionOptions DEFAULT = new TransactionOptions(null, false);

    @Override
    @SuppressWarnings("unchecked")
    public <T> @Nullable T getAttribute(Option<T> option) {
        if (option.equals(TransactionDefinition.ISOLATION_LEVEL)) {
            return (T) isolation;
        }
        if (option.equals(TransactionDefinition.READ_ONLY)) {
            return readOnly ? (T) Boolean.TRUE : null;
        }
        return null;
    }
}
