package io.retort.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.retort.StatementListener;

/** Records statements so tests can assert how many were sent, and which. */
public final class StatementRecorder implements StatementListener {

    private final List<String> statements = new ArrayList<>();

    @Override
    public synchronized void onStatement(String sql, List<Object> parameters) {
        statements.add(sql);
    }

    /** Forgets what was recorded. */
    public synchronized void reset() {
        statements.clear();
    }

    /** Everything recorded since the last reset. */
    public synchronized List<String> statements() {
        return List.copyOf(statements);
    }

    /** How many recorded statements start with {@code verb} (case-insensitive), e.g. "insert". */
    public synchronized long count(String verb) {
        String prefix = verb.toLowerCase(Locale.ROOT);
        return statements.stream().filter(s -> s.trim().toLowerCase(Locale.ROOT).startsWith(prefix)).count();
    }

    /** How many statements were recorded. */
    public synchronized int count() {
        return statements.size();
    }
}
