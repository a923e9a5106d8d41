package io.retort;

import org.jspecify.annotations.Nullable;

/**
 * The database refused a statement or a connection. The message carries the database's own
 * text and the SQL (never the bound values); {@link #kind()} classifies the failure so callers
 * can react without parsing SQLSTATEs.
 *
 * <pre>{@code
 * engine.executeUpdate(text("insert into users(name) values (:n)").bind("n", "ed"))
 *       .onErrorResume(DatabaseException.class, e -> e.kind() == DatabaseException.Kind.CONSTRAINT_VIOLATION
 *               ? Mono.just(0L) : Mono.error(e));
 * }</pre>
 */
public class DatabaseException extends RetortException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, in terms a caller can act on. */
    public enum Kind {
        /** A unique, foreign-key, not-null or check constraint was violated. */
        CONSTRAINT_VIOLATION,
        /** A serialization failure or deadlock: running the transaction again may succeed. */
        RETRYABLE,
        /** The SQL is not valid for this database, or names a missing table or column. */
        BAD_SQL,
        /** The credentials were refused or the user lacks a privilege. */
        PERMISSION_DENIED,
        /** The database could not be reached or the connection was lost. */
        CONNECTION,
        /** A statement, lock or acquire timeout expired. */
        TIMEOUT,
        /** Anything else. */
        OTHER
    }

    private final Kind kind;
    private final @Nullable String sql;
    private final @Nullable String sqlState;
    private final int errorCode;

    public DatabaseException(String message, Kind kind, @Nullable String sql, @Nullable String sqlState,
            int errorCode, @Nullable Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.sql = sql;
        this.sqlState = sqlState;
        this.errorCode = errorCode;
    }

    public Kind kind() {
        return kind;
    }

    /** The SQL that failed, if a statement was running. */
    public @Nullable String sql() {
        return sql;
    }

    /** The SQLSTATE the database reported, if any. */
    public @Nullable String sqlState() {
        return sqlState;
    }

    /** The vendor error code, or 0. */
    public int errorCode() {
        return errorCode;
    }
}
