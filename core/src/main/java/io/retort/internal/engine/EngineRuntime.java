package io.retort.internal.engine;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.PoolMetrics;

import reactor.core.publisher.Mono;

/**
 * Everything an engine runs on: the pool, the scopes that open connections and transactions,
 * and the executor that sends statements. Higher layers reach it through the engine.
 */
public final class EngineRuntime {

    private final DatabaseUrl url;
    private final DriverSupport driver;
    private final ConnectionPool pool;
    private final ConnectionScopes scopes;
    private final StatementExecutor executor;

    public EngineRuntime(DatabaseUrl url, DriverSupport driver, ConnectionPool pool, ConnectionScopes scopes,
            StatementExecutor executor) {
        this.url = url;
        this.driver = driver;
        this.pool = pool;
        this.scopes = scopes;
        this.executor = executor;
        TaskBoundaries.install();
    }

    public DatabaseUrl url() {
        return url;
    }

    public DriverSupport driver() {
        return driver;
    }

    public ConnectionScopes scopes() {
        return scopes;
    }

    public StatementExecutor executor() {
        return executor;
    }

    /** Connections currently handed out (0 when everything was released). */
    public int acquiredConnections() {
        return pool.getMetrics().map(PoolMetrics::acquiredSize).orElse(0);
    }

    /** Connections open and idle in the pool. */
    public int idleConnections() {
        return pool.getMetrics().map(PoolMetrics::idleSize).orElse(0);
    }

    /** Opens the pool's connections now rather than on first use. */
    public Mono<Integer> warmup() {
        return pool.warmup();
    }

    /** Closes the pool and every connection in it. */
    public Mono<Void> dispose() {
        return pool.disposeLater();
    }
}
