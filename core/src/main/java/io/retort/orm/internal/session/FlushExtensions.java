package io.retort.orm.internal.session;

import java.util.List;

/**
 * The {@link FlushExtension}s every session runs, in order. This is the one place where the
 * relationship layer plugs its association-row writer (many-to-many link rows) into the unit of
 * work.
 */
public final class FlushExtensions {

    private FlushExtensions() {
    }

    /** The extensions a new session starts with; none yet beyond the unit of work itself. */
    public static List<FlushExtension> standard() {
        return List.of();
    }
}
