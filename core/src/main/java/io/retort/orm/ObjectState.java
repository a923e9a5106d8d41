package io.retort.orm;

/**
 * Where an object stands with a session, exactly as SQLAlchemy defines it.
 *
 * <pre>{@code
 * session.state(user);   // TRANSIENT, then PENDING after add, PERSISTENT after flush
 * }</pre>
 */
public enum ObjectState {
    /** Not in the session and not in the database. */
    TRANSIENT,
    /** Added to the session, not yet flushed. */
    PENDING,
    /** In the session with a row in the database. */
    PERSISTENT,
    /** Marked for deletion and, once flushed, deleted in the current transaction. */
    DELETED,
    /** Has a row in the database but belongs to no session (after close, expunge or a committed delete). */
    DETACHED
}
