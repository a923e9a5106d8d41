package io.retort.orm.internal.session;

import java.util.concurrent.atomic.AtomicBoolean;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Fails fast when two pipelines use one session at once: a session, like its connection, serves
 * one operation at a time, and interleaving them would corrupt its state.
 */
public final class SessionGuard {

    private final AtomicBoolean busy = new AtomicBoolean();
    private final long number;

    /** The guard of session number {@code number} (named "Session#number" in messages). */
    public SessionGuard(long number) {
        this.number = number;
    }

    /**
     * {@code work}, holding the session for as long as it runs. The session is let go before the
     * terminal signal travels on, so a next operation chained on completion finds it free.
     */
    public <T> Mono<T> mono(String operation, Mono<T> work) {
        return Mono.defer(() -> {
            enter(operation);
            return work.doOnTerminate(this::exit).doOnCancel(this::exit);
        });
    }

    /** {@code work}, holding the session for as long as it runs. */
    public <T> Flux<T> flux(String operation, Flux<T> work) {
        return Flux.defer(() -> {
            enter(operation);
            return work.doOnTerminate(this::exit).doOnCancel(this::exit);
        });
    }

    private void enter(String operation) {
        if (!busy.compareAndSet(false, true)) {
            throw new IllegalStateException("Session#" + number + " is already running another operation, so " + operation
                    + " cannot start; a session serves one pipeline at a time: chain its operations with then,"
                    + " concatMap or flatMap(..., 1), or open one session per concurrent pipeline");
        }
    }

    private void exit() {
        busy.set(false);
    }
}
