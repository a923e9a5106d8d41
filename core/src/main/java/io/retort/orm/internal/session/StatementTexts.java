package io.retort.orm.internal.session;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * The SQL text compiled for each statement shape, shared by the sessions of one factory, so a
 * query repeated with other values skips building and rendering its statement (as SQLAlchemy's
 * compiled cache does). Bounded: past {@value #LIMIT} shapes, new ones are compiled every time.
 */
public final class StatementTexts {

    static final int LIMIT = 1_000;

    private final Map<Object, String> texts = new ConcurrentHashMap<>();

    /** The text compiled for {@code shape}; empty when the shape cannot be reused; null when not known yet. */
    public @Nullable String get(Object shape) {
        return texts.get(shape);
    }

    /** Remembers {@code sql} for {@code shape}, unless the cache is full. */
    public void put(Object shape, String sql) {
        if (texts.size() < LIMIT) {
            texts.putIfAbsent(shape, sql);
        }
    }

    public int size() {
        return texts.size();
    }
}
