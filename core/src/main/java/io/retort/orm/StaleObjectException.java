package io.retort.orm;

import java.util.List;

import io.retort.RetortException;

/**
 * An UPDATE or DELETE of a {@code @Version}ed object matched no row: someone else changed or
 * deleted it since it was loaded. The flush fails, its transaction is rolled back and writes
 * nothing, and the message names the stale objects by class and key (for a batched statement,
 * Retort reads the committed versions of the batch to find which were stale).
 *
 * <pre>{@code
 * sessions.inTransaction(session -> session.get(User.class, 5L).doOnNext(u -> u.setName("x")).then(session.flush()))
 *         .onErrorResume(StaleObjectException.class, e -> reloadAndRetry());
 * }</pre>
 */
public final class StaleObjectException extends RetortException {

    private static final long serialVersionUID = 1L;

    private final transient List<Object> objects;

    public StaleObjectException(String message) {
        this(message, List.of());
    }

    public StaleObjectException(String message, List<?> objects) {
        super(message);
        this.objects = List.copyOf(objects);
    }

    /** The stale objects, as the session held them (empty when built from a message only). */
    public List<Object> objects() {
        return objects;
    }
}
