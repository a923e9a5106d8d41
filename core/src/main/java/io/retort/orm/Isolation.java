package io.retort.orm;

import io.r2dbc.spi.IsolationLevel;

/**
 * The isolation level of the transactions a {@link SessionFactory} begins; without one, the
 * database's default applies (READ COMMITTED on PostgreSQL and H2, REPEATABLE READ on MySQL).
 *
 * <pre>{@code
 * sessions.isolation(Isolation.SERIALIZABLE).retrying(3).inTransaction(session -> transfer(session, 5L, 7L));
 * }</pre>
 */
public enum Isolation {
    READ_UNCOMMITTED(IsolationLevel.READ_UNCOMMITTED),
    READ_COMMITTED(IsolationLevel.READ_COMMITTED),
    REPEATABLE_READ(IsolationLevel.REPEATABLE_READ),
    SERIALIZABLE(IsolationLevel.SERIALIZABLE);

    private final IsolationLevel level;

    Isolation(IsolationLevel level) {
        this.level = level;
    }

    /** The R2DBC level this stands for. */
    IsolationLevel level() {
        return level;
    }
}
