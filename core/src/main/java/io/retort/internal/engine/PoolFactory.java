package io.retort.internal.engine;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ValidationDepth;

import reactor.core.scheduler.Schedulers;

/** Builds the r2dbc-pool around a driver's connection factory. */
public final class PoolFactory {

    private PoolFactory() {
    }

    /**
     * A pool of {@code settings.size()} connections to {@code factory}. Creating a connection is
     * bounded by the acquire timeout here; waiting for one is bounded by {@link ConnectionScopes},
     * which arms a timer only when the pool cannot hand one over at once.
     */
    public static ConnectionPool create(ConnectionFactory factory, PoolSettings settings, String name,
            DriverSupport driver) {
        ConnectionPoolConfiguration.Builder builder = ConnectionPoolConfiguration.builder(factory)
                .name(name)
                .initialSize(settings.size())
                .maxSize(settings.size())
                .maxCreateConnectionTime(settings.acquireTimeout())
                .maxIdleTime(settings.maxIdleTime())
                .acquireRetry(0)
                .validationDepth(settings.validate() ? ValidationDepth.REMOTE : ValidationDepth.LOCAL);
        // Network drivers keep r2dbc-pool's default allocator scheduler: allocating on the thread that
        // finished the previous connection would put every new connection on that connection's loop.
        if (driver.executionScheduler() != Schedulers.immediate()) {
            builder.allocatorSubscribeOn(driver.executionScheduler());
        }
        String validationQuery = driver.validationQuery();
        if (settings.validate() && validationQuery != null) {
            builder.validationQuery(validationQuery);
        }
        return new ConnectionPool(builder.build());
    }
}
