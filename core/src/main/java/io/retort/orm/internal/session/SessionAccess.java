package io.retort.orm.internal.session;

import java.util.function.Function;

import io.retort.orm.Session;

/**
 * Gives Retort's own modules (the query layer, benchmarks, tests) the {@link SessionCore} behind a
 * {@link Session} without making it public API. The session registers the accessor when its class
 * loads.
 *
 * <pre>{@code
 * SessionCore core = SessionAccess.core(session);
 * core.autoflush().thenMany(...);
 * }</pre>
 */
public final class SessionAccess {

    private static volatile Function<Session, SessionCore> accessor;

    private SessionAccess() {
    }

    /** Called once by {@link Session}'s static initializer. */
    public static void register(Function<Session, SessionCore> access) {
        accessor = access;
    }

    /** The machinery behind {@code session}. */
    public static SessionCore core(Session session) {
        Function<Session, SessionCore> access = accessor;
        if (access == null) {
            try {
                Class.forName(Session.class.getName(), true, Session.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            access = accessor;
        }
        return access.apply(session);
    }
}
