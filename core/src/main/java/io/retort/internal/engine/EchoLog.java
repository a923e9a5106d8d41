package io.retort.internal.engine;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs each statement through SLF4J when echo is on; values can be masked. */
final class EchoLog {

    private static final Logger LOG = LoggerFactory.getLogger("io.retort.engine");

    private final boolean enabled;
    private final boolean maskValues;

    EchoLog(boolean enabled, boolean maskValues) {
        this.enabled = enabled;
        this.maskValues = maskValues;
    }

    void statement(String sql, List<Object> parameters) {
        if (enabled && LOG.isInfoEnabled()) {
            LOG.info("{} {}", sql, maskValues ? mask(parameters.size()) : parameters);
        }
    }

    private static String mask(int count) {
        return "[" + String.join(", ", java.util.Collections.nCopies(count, "?")) + "]";
    }
}
