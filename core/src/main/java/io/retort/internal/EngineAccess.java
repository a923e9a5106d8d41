package io.retort.internal;

import java.util.function.Function;

import io.retort.Engine;
import io.retort.internal.engine.EngineRuntime;

/**
 * Gives Retort's higher layers the runtime behind an {@link Engine} without making it public API.
 * The engine registers the accessor when its class loads.
 */
public final class EngineAccess {

    private static volatile Function<Engine, EngineRuntime> accessor;

    private EngineAccess() {
    }

    /** Called once by {@link Engine}'s static initializer. */
    public static void register(Function<Engine, EngineRuntime> access) {
        accessor = access;
    }

    /** The runtime of {@code engine}. */
    public static EngineRuntime runtime(Engine engine) {
        Function<Engine, EngineRuntime> access = accessor;
        if (access == null) {
            try {
                Class.forName(Engine.class.getName(), true, Engine.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            access = accessor;
        }
        return access.apply(engine);
    }
}
