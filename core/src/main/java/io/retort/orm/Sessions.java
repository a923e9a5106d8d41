package io.retort.orm;

import reactor.core.publisher.Mono;

/**
 * The session of the enclosing {@link SessionFactory#inSession} or
 * {@link SessionFactory#inTransaction}, carried in the Reactor {@code Context}, so code deep in
 * a WebFlux handler needs no session parameter.
 *
 * <pre>{@code
 * Mono<User> findEd() {
 *     return Sessions.current().flatMap(session -> session.get(User.class, 1L));
 * }
 * sessions.inTransaction(session -> findEd());
 * }</pre>
 */
public final class Sessions {

    private Sessions() {
    }

    /** The current session, or an error saying how to get one when none encloses the caller. */
    public static Mono<Session> current() {
        return Mono.deferContextual(context -> context.<Session>getOrEmpty(Session.class)
                .map(Mono::just)
                .orElseGet(() -> Mono.error(new IllegalStateException("No session in the Reactor context; call this"
                        + " inside sessions.inSession(...) or sessions.inTransaction(...)"))));
    }
}
