package io.retort.internal.engine;

import io.r2dbc.spi.R2dbcBadGrammarException;
import io.r2dbc.spi.R2dbcDataIntegrityViolationException;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcPermissionDeniedException;
import io.r2dbc.spi.R2dbcRollbackException;
import io.r2dbc.spi.R2dbcTimeoutException;
import io.r2dbc.spi.R2dbcTransientResourceException;
import io.retort.DatabaseException.Kind;

/** Maps R2DBC's exception classes and standard SQLSTATE classes to {@link Kind}. */
public final class ErrorKinds {

    private ErrorKinds() {
    }

    /** The kind implied by the R2DBC exception class, refined by the SQLSTATE. */
    public static Kind byStandard(R2dbcException error) {
        String state = error.getSqlState();
        if (state != null) {
            if (state.equals("40001") || state.equals("40P01")) {
                return Kind.RETRYABLE;
            }
            if (state.startsWith("23")) {
                return Kind.CONSTRAINT_VIOLATION;
            }
            if (state.startsWith("42")) {
                return Kind.BAD_SQL;
            }
            if (state.startsWith("28")) {
                return Kind.PERMISSION_DENIED;
            }
            if (state.startsWith("08")) {
                return Kind.CONNECTION;
            }
        }
        if (error instanceof R2dbcDataIntegrityViolationException) {
            return Kind.CONSTRAINT_VIOLATION;
        }
        if (error instanceof R2dbcRollbackException) {
            return Kind.RETRYABLE;
        }
        if (error instanceof R2dbcBadGrammarException) {
            return Kind.BAD_SQL;
        }
        if (error instanceof R2dbcPermissionDeniedException) {
            return Kind.PERMISSION_DENIED;
        }
        if (error instanceof R2dbcTimeoutException) {
            return Kind.TIMEOUT;
        }
        if (error instanceof R2dbcTransientResourceException || error instanceof R2dbcNonTransientResourceException) {
            return Kind.CONNECTION;
        }
        return Kind.OTHER;
    }
}
