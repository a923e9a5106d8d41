package io.retort.internal.engine;

import java.util.concurrent.TimeoutException;

import io.r2dbc.spi.R2dbcException;
import io.retort.DatabaseException;
import io.retort.RetortException;

import org.jspecify.annotations.Nullable;

/**
 * Turns driver and pool errors into {@link DatabaseException}s, in one place per engine. Messages
 * keep the database's text and the SQL, never bound values, and never the password.
 */
public final class ErrorTranslator {

    private final DriverSupport driver;
    private final String redactedUrl;
    private final @Nullable String password;

    public ErrorTranslator(DriverSupport driver, DatabaseUrl url) {
        this.driver = driver;
        this.redactedUrl = url.toString();
        // Short passwords are not scrubbed from text: they would mangle ordinary words.
        this.password = url.password().filter(p -> p.length() >= 4).orElse(null);
    }

    /** Translates an error raised while running {@code sql}. */
    public Throwable statementError(Throwable error, String sql) {
        if (error instanceof RetortException) {
            return error;
        }
        if (error instanceof R2dbcException r2dbc) {
            String text = scrub(String.valueOf(r2dbc.getMessage()));
            return new DatabaseException(text + " [SQL: " + sql + "]", driver.classify(r2dbc), sql,
                    r2dbc.getSqlState(), r2dbc.getErrorCode(), r2dbc);
        }
        return error;
    }

    /** Translates an error raised while acquiring a connection. */
    public Throwable connectError(Throwable error) {
        if (error instanceof RetortException) {
            return error;
        }
        Throwable root = rootOf(error);
        DatabaseException.Kind kind = DatabaseException.Kind.CONNECTION;
        String state = null;
        int code = 0;
        if (error instanceof R2dbcException r2dbc) {
            kind = driver.classify(r2dbc);
            state = r2dbc.getSqlState();
            code = r2dbc.getErrorCode();
        } else if (root instanceof R2dbcException r2dbc) {
            kind = driver.classify(r2dbc);
            state = r2dbc.getSqlState();
            code = r2dbc.getErrorCode();
        }
        if (root instanceof TimeoutException || error instanceof TimeoutException) {
            kind = DatabaseException.Kind.TIMEOUT;
        }
        String text = scrub(root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage());
        String hint = switch (kind) {
            case PERMISSION_DENIED -> "; check the user and password in the URL";
            case TIMEOUT -> "; the database did not answer within the acquire timeout: is it running and reachable,"
                    + " or is the pool exhausted?";
            case CONNECTION -> "; is the database running and reachable at that host and port?";
            default -> "";
        };
        return new DatabaseException("Could not get a connection to " + redactedUrl + ": " + text + hint, kind,
                null, state, code, error);
    }

    private String scrub(String text) {
        return password == null ? text : text.replace(password, "***");
    }

    private static Throwable rootOf(Throwable error) {
        Throwable current = error;
        while (current.getCause() != null && current.getCause() != current) {
            current = current.getCause();
        }
        return current;
    }
}
